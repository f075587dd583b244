package org.crms.adapters.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.user.RegisterPageControllerTest.flash;
import static org.crms.adapters.web.user.RegisterPageControllerTest.session;
import static org.crms.adapters.web.user.UserTestData.JANE_ID;
import static org.crms.adapters.web.user.UserTestData.jane;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.adapters.web.security.CsrfTokens;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.user.ActivateUserUseCase;
import org.crms.application.port.in.user.ChangeUserRoleCommand;
import org.crms.application.port.in.user.ChangeUserRoleUseCase;
import org.crms.application.port.in.user.DeactivateUserCommand;
import org.crms.application.port.in.user.DeactivateUserUseCase;
import org.crms.application.port.in.user.ListUsersQuery;
import org.crms.application.port.in.user.ListUsersUseCase;
import org.crms.application.port.in.user.UserFilter;
import org.crms.application.port.in.user.UserPosition;
import org.crms.domain.user.Actor;
import org.crms.domain.user.LastActiveAdminException;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class UserPageControllerTest {
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListUsersUseCase listUsers;
  @Inject ActivateUserUseCase activateUser;
  @Inject DeactivateUserUseCase deactivateUser;
  @Inject ChangeUserRoleUseCase changeUserRole;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void anAdmin_seesTheFilteredAccounts_withTheNextPageAndTheExportOfTheSame() {
    var user = jane(Role.LIMITED, true);
    when(listUsers.list(any())).thenReturn(new Page<>(List.of(user), UserPosition.of(user)));

    var reply =
        api.send(
            HttpRequest.GET("/users?active=true&role=LIMITED&q=jane").cookie(session(ADMIN_TOKEN)));

    assertThat(reply.status()).isEqualTo(200);
    var cursor = UserListParameters.cursor(UserPosition.of(user));
    assertThat(reply.body())
        .contains("<td>janedoe</td>", "<td>Jane Doe</td>", "<td>jane@example.com</td>")
        .contains("<td>2026-01-07 08:15 UTC</td>", "action=\"/users/" + JANE_ID + "/deactivate\"")
        .contains("href=\"/users?active=true&amp;role=LIMITED&amp;q=jane&amp;cursor=" + cursor)
        .contains("href=\"/api/v1/users?format=csv&amp;active=true&amp;role=LIMITED&amp;q=jane\"")
        .contains("<li><a href=\"/users\" aria-current=\"page\">Users</a></li>")
        .doesNotContain("First page");
    verify(listUsers)
        .list(
            new ListUsersQuery(
                ADMIN,
                new UserFilter(true, Role.LIMITED, "jane"),
                PageLimit.orDefault(null),
                null));
  }

  @Test
  void deactivating_goesBackToTheList_sayingWhose() {
    when(deactivateUser.deactivate(any())).thenReturn(jane(Role.LIMITED, false));

    var reply = api.send(form("/users/" + JANE_ID + "/deactivate", Map.of("back", "/users?q=j")));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/users?q=j");
    assertThat(flash(reply)).isEqualTo("Sjanedoe's account has been deactivated.");
    verify(deactivateUser).deactivate(new DeactivateUserCommand(ADMIN, JANE_ID));
  }

  @Test
  void aDomainRefusal_comesBackAsAnErrorFlash_inTheDomainsWords() {
    when(deactivateUser.deactivate(any())).thenThrow(new LastActiveAdminException());

    var reply =
        api.send(form("/users/" + JANE_ID + "/deactivate", Map.of("back", "https://evil.example")));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/users");
    assertThat(flash(reply)).isEqualTo("EAt least one active admin must remain.");
  }

  @Test
  void changingTheRole_saysTheNewOne() {
    when(changeUserRole.changeRole(any())).thenReturn(jane(Role.ADMIN, true));

    var reply = api.send(form("/users/" + JANE_ID + "/role", Map.of("role", "ADMIN")));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(flash(reply)).isEqualTo("Sjanedoe's role is now Admin.");
    verify(changeUserRole).changeRole(new ChangeUserRoleCommand(ADMIN, JANE_ID, Role.ADMIN));
  }

  @Test
  void aLimitedUser_getsThe403Page_becauseTheUseCaseRefuses() {
    when(listUsers.list(any())).thenThrow(new PermissionDeniedException(Permission.MANAGE_USERS));

    var reply = api.send(HttpRequest.GET("/users").cookie(session(LIMITED_TOKEN)));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body()).contains("Error 403").doesNotContain("href=\"/users\"");
    verify(listUsers).list(any());
  }

  @Test
  void aLimitedUsersForgedDeactivation_getsThe403Page_andChangesNothingElse() {
    when(deactivateUser.deactivate(any()))
        .thenThrow(new PermissionDeniedException(Permission.MANAGE_USERS));
    var forged =
        HttpRequest.POST(
                "/users/" + JANE_ID + "/deactivate",
                Map.of("_csrf", CsrfTokens.forSession(LIMITED_TOKEN)))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            .cookie(session(LIMITED_TOKEN));

    var reply = api.send(forged);

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).contains("Error 403");
    verify(deactivateUser)
        .deactivate(new DeactivateUserCommand(new Actor(LIMITED_ID, Role.LIMITED), JANE_ID));
    verifyNoInteractions(activateUser, changeUserRole);
  }

  private static MutableHttpRequest<?> form(String path, Map<String, String> fields) {
    var withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", CsrfTokens.forSession(ADMIN_TOKEN));
    return HttpRequest.POST(path, withToken)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        .cookie(session(ADMIN_TOKEN));
  }

  @MockBean(ListUsersUseCase.class)
  ListUsersUseCase listUsers() {
    return mock(ListUsersUseCase.class);
  }

  @MockBean(ActivateUserUseCase.class)
  ActivateUserUseCase activateUser() {
    return mock(ActivateUserUseCase.class);
  }

  @MockBean(DeactivateUserUseCase.class)
  DeactivateUserUseCase deactivateUser() {
    return mock(DeactivateUserUseCase.class);
  }

  @MockBean(ChangeUserRoleUseCase.class)
  ChangeUserRoleUseCase changeUserRole() {
    return mock(ChangeUserRoleUseCase.class);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }
}
