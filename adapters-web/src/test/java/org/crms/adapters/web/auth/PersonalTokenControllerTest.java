package org.crms.adapters.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AccessTokenNotFoundException;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.CreatePersonalTokenCommand;
import org.crms.application.port.in.auth.CreatePersonalTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.in.auth.ListPersonalTokensQuery;
import org.crms.application.port.in.auth.ListPersonalTokensUseCase;
import org.crms.application.port.in.auth.PersonalToken;
import org.crms.application.port.in.auth.RevokePersonalTokenCommand;
import org.crms.application.port.in.auth.RevokePersonalTokenUseCase;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class PersonalTokenControllerTest {
  private static final String URL = "/api/v1/tokens";
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);
  private static final UUID TOKEN_ID = UUID.fromString("77777777-0000-0000-0000-000000000001");
  private static final Instant ISSUED = Instant.parse("2026-01-05T10:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2026-04-05T10:00:00Z");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListPersonalTokensUseCase listTokens;
  @Inject CreatePersonalTokenUseCase createToken;
  @Inject RevokePersonalTokenUseCase revokeToken;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void list_answersTheCallersOwnTokens_withoutSecrets() {
    when(listTokens.list(new ListPersonalTokensQuery(LIMITED)))
        .thenReturn(List.of(new PersonalToken(TOKEN_ID, "backup script", ISSUED, EXPIRES)));

    var reply = api.send(HttpRequest.GET(URL), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    var tokens = reply.array();
    assertThat(tokens).hasSize(1);
    assertThat(tokens.get(0))
        .containsOnlyKeys("id", "name", "issuedAt", "expiresAt")
        .containsEntry("id", TOKEN_ID.toString())
        .containsEntry("name", "backup script")
        .containsEntry("issuedAt", "2026-01-05T10:00:00Z")
        .containsEntry("expiresAt", "2026-04-05T10:00:00Z");
  }

  @Test
  void create_answers201WithTheSecretOnce_notToBeStored() {
    when(createToken.create(any()))
        .thenReturn(new IssuedAccessToken(TOKEN_ID, "crms_p_secret", EXPIRES, Duration.ofDays(90)));

    var reply =
        api.send(
            HttpRequest.POST(URL, Map.of("name", "  backup script ", "validDays", 90)),
            LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo(URL + "/" + TOKEN_ID);
    assertThat(reply.map())
        .containsOnlyKeys("id", "name", "token", "expiresAt")
        .containsEntry("id", TOKEN_ID.toString())
        .containsEntry("name", "backup script")
        .containsEntry("token", "crms_p_secret")
        .containsEntry("expiresAt", "2026-04-05T10:00:00Z");
    verify(createToken).create(new CreatePersonalTokenCommand(LIMITED, "  backup script ", 90));
  }

  @Test
  void create_withoutValidDays_leavesTheDefaultToTheUseCase() {
    when(createToken.create(any()))
        .thenReturn(new IssuedAccessToken(TOKEN_ID, "s", EXPIRES, Duration.ofDays(90)));

    api.send(HttpRequest.POST(URL, Map.of("name", "ci")), LIMITED_TOKEN);

    verify(createToken).create(new CreatePersonalTokenCommand(LIMITED, "ci", null));
  }

  @Test
  void create_withInvalidFields_answers422NamingThemAll() {
    when(createToken.create(any()))
        .thenThrow(
            new InvalidValueException(
                List.of(
                    new FieldViolation("name", "This field is required."),
                    new FieldViolation("validDays", "Must be between 1 and 365."))));

    var reply = api.send(HttpRequest.POST(URL, Map.of("validDays", 400)), LIMITED_TOKEN);

    reply.problem(422);
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("name", "validDays");
  }

  @Test
  void revoke_answers204() {
    var reply = api.send(HttpRequest.DELETE(URL + "/" + TOKEN_ID), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(204);
    verify(revokeToken).revoke(new RevokePersonalTokenCommand(LIMITED, TOKEN_ID));
  }

  @Test
  void revokingATokenThatIsNotTheCallers_answers404() {
    doThrow(new AccessTokenNotFoundException(TOKEN_ID)).when(revokeToken).revoke(any());

    var reply = api.send(HttpRequest.DELETE(URL + "/" + TOKEN_ID), LIMITED_TOKEN);

    assertThat(reply.problem(404)).containsEntry("type", "/problems/not-found");
  }

  @Test
  void nonUuidId_answers400() {
    api.send(HttpRequest.DELETE(URL + "/not-a-uuid"), LIMITED_TOKEN).problem(400);

    verifyNoInteractions(revokeToken);
  }

  @Test
  void anonymous_answers401_onEveryRoute() {
    api.send(HttpRequest.GET(URL)).problem(401);
    api.send(HttpRequest.POST(URL, Map.of("name", "x"))).problem(401);
    api.send(HttpRequest.DELETE(URL + "/" + TOKEN_ID)).problem(401);

    verifyNoInteractions(listTokens, createToken, revokeToken);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListPersonalTokensUseCase.class)
  ListPersonalTokensUseCase listTokens() {
    return mock(ListPersonalTokensUseCase.class);
  }

  @MockBean(CreatePersonalTokenUseCase.class)
  CreatePersonalTokenUseCase createToken() {
    return mock(CreatePersonalTokenUseCase.class);
  }

  @MockBean(RevokePersonalTokenUseCase.class)
  RevokePersonalTokenUseCase revokeToken() {
    return mock(RevokePersonalTokenUseCase.class);
  }
}
