package org.crms.adapters.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.user.UserTestData.HASH;
import static org.crms.adapters.web.user.UserTestData.newcomer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.user.RegisterUserCommand;
import org.crms.application.port.in.user.RegisterUserUseCase;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.RegistrationClosedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class RegistrationControllerTest {
  private static final String URL = "/api/v1/auth/register";
  private static final String PASSWORD = "correct horse battery";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject RegisterUserUseCase registerUser;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void register_answers201WithTheNewAccount_andNeverAPassword() {
    var created = newcomer("newcomer");
    when(registerUser.register(any())).thenReturn(created);

    var reply = api.send(HttpRequest.POST(URL, form()));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/api/v1/me");
    assertThat(reply.map())
        .containsOnlyKeys(
            "id",
            "username",
            "email",
            "firstName",
            "lastName",
            "role",
            "active",
            "createdAt",
            "lastLoginAt")
        .containsEntry("id", created.id().toString())
        .containsEntry("username", "newcomer")
        .containsEntry("email", "newcomer@example.com")
        .containsEntry("firstName", null)
        .containsEntry("role", "LIMITED")
        .containsEntry("active", true)
        .containsEntry("createdAt", "2026-01-05T09:00:00Z")
        .containsEntry("lastLoginAt", null);
    assertThat(reply.body())
        .doesNotContainIgnoringCase("password")
        .doesNotContain(PASSWORD)
        .doesNotContain(HASH)
        .doesNotContain("argon2");
  }

  @Test
  void register_passesTheFormAsTyped_withTheConnectionsAddress() {
    when(registerUser.register(any())).thenReturn(newcomer("newcomer"));

    api.send(HttpRequest.POST(URL, form()));

    verify(registerUser)
        .register(
            new RegisterUserCommand(
                "newcomer",
                "newcomer@example.com",
                PASSWORD,
                PASSWORD,
                "New",
                "Comer",
                "127.0.0.1"));
  }

  @Test
  void invalidForm_answers422NamingEveryField_withoutEchoingThePassword() {
    when(registerUser.register(any()))
        .thenThrow(
            new InvalidValueException(
                List.of(
                    new FieldViolation("username", "Username already exists."),
                    new FieldViolation("email", "Enter a valid email address."),
                    new FieldViolation("password", "This password is too common."),
                    new FieldViolation("passwordConfirmation", "Passwords do not match"))));

    var reply = api.send(HttpRequest.POST(URL, form()));

    assertThat(reply.problem(422)).containsEntry("type", "/problems/validation-failed");
    assertThat(reply.list("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("username", "email", "password", "passwordConfirmation");
    assertThat(reply.body()).doesNotContain(PASSWORD);
  }

  @Test
  void closedRegistration_answers403RegistrationClosed() {
    when(registerUser.register(any())).thenThrow(new RegistrationClosedException());

    var reply = api.send(HttpRequest.POST(URL, form()));

    assertThat(reply.problem(403))
        .containsEntry("type", "/problems/registration-closed")
        .containsEntry("title", "Registration closed")
        .containsEntry("detail", "Registration is closed. Ask an administrator for an account.")
        .containsEntry("instance", URL);
  }

  @Test
  void register_isOpenToAnyone_evenWithAToken() {
    when(registerUser.register(any())).thenReturn(newcomer("newcomer"));

    var reply = api.send(HttpRequest.POST(URL, form()), FakeAccessTokens.LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(201);
  }

  private static Map<String, String> form() {
    return Map.of(
        "username", "newcomer",
        "email", "newcomer@example.com",
        "password", PASSWORD,
        "passwordConfirmation", PASSWORD,
        "firstName", "New",
        "lastName", "Comer");
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(RegisterUserUseCase.class)
  RegisterUserUseCase registerUser() {
    return mock(RegisterUserUseCase.class);
  }
}
