package org.crms.adapters.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.user.ListTeamMembersQuery;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.application.port.in.user.TeamMember;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class TeamControllerTest {
  private static final String URL = "/api/v1/team";
  private static final UUID ALICE = UUID.fromString("00000000-0000-0000-0000-00000000a11c");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListTeamMembersUseCase listTeamMembers;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void aLimitedUser_readsEveryAccountsIdNameAndActiveFlag_inTheUseCasesOrder_andNoEmail() {
    when(listTeamMembers.list(new ListTeamMembersQuery(new Actor(LIMITED_ID, Role.LIMITED))))
        .thenReturn(
            List.of(
                new TeamMember(new UserId(ALICE), new Username("alice"), true),
                new TeamMember(LIMITED_ID, new Username("zed_old"), false)));

    var reply = api.send(HttpRequest.GET(URL), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.array()).hasSize(2);
    assertThat(reply.array().get(0))
        .containsOnlyKeys("id", "username", "active")
        .containsEntry("id", ALICE.toString())
        .containsEntry("username", "alice")
        .containsEntry("active", true);
    assertThat(reply.array().get(1))
        .containsEntry("id", LIMITED_ID.value().toString())
        .containsEntry("username", "zed_old")
        .containsEntry("active", false);
  }

  @Test
  void anonymous_answers401() {
    api.send(HttpRequest.GET(URL)).problem(401);

    verifyNoInteractions(listTeamMembers);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListTeamMembersUseCase.class)
  ListTeamMembersUseCase listTeamMembers() {
    return mock(ListTeamMembersUseCase.class);
  }
}
