package org.crms.adapters.web.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
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
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.user.RegisterUserCommand;
import org.crms.application.port.in.user.RegisterUserUseCase;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.TooManyAttemptsException;
import org.crms.domain.user.RegistrationClosedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class RegisterPageControllerTest {
  private static final String PASSWORD = "correct horse battery";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject RegisterUserUseCase registerUser;
  TestApi api;

  @MockBean(RegisterUserUseCase.class)
  RegisterUserUseCase registerUser() {
    return mock(RegisterUserUseCase.class);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void anAnonymousVisitor_getsTheForm_withEveryFieldLabelled() {
    var reply = api.send(HttpRequest.GET("/register"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
    assertThat(reply.body())
        .contains("<form class=\"stacked\" action=\"/register\" method=\"post\"")
        .contains("<label for=\"username\">", "<label for=\"email\">", "<label for=\"firstName\">")
        .contains("<label for=\"lastName\">", "<label for=\"password\">")
        .contains("<label for=\"passwordConfirmation\">Password again");
  }

  @Test
  void someoneSignedIn_goesToTheDashboard() {
    var reply = api.send(HttpRequest.GET("/register").cookie(session(LIMITED_TOKEN)));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/dashboard");
  }

  @Test
  void aSignUp_registers_andGoesToTheLoginPage_withTheFlash() {
    when(registerUser.register(any())).thenReturn(UserTestData.newcomer("janedoe"));

    var reply = api.send(form(fields(PASSWORD, PASSWORD)));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/login");
    assertThat(flash(reply)).isEqualTo("SYou have successfully registered.");
    verify(registerUser)
        .register(
            new RegisterUserCommand(
                "janedoe", "jane@example.com", PASSWORD, PASSWORD, "Jane", "O'Brien", "127.0.0.1"));
  }

  @Test
  void mismatchedPasswords_comeBackNextToTheSecond_withTheValuesKept_butNoPassword() {
    var reply = api.send(form(fields(PASSWORD, PASSWORD + "!")));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body())
        .contains("<span class=\"error\" id=\"passwordConfirmation-error\">Passwords do not match.")
        .contains("value=\"janedoe\"", "value=\"jane@example.com\"", "value=\"O&#39;Brien\"")
        .doesNotContain(PASSWORD);
    verifyNoInteractions(registerUser);
  }

  @Test
  void theDomainsRefusals_comeBackNextToTheirFields() {
    when(registerUser.register(any()))
        .thenThrow(
            new InvalidValueException(
                List.of(
                    new FieldViolation("username", "Username already exists."),
                    new FieldViolation("password", "This password is too common."))));

    var reply = api.send(form(fields(PASSWORD, PASSWORD)));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body())
        .contains("2 fields need attention.")
        .contains("<span class=\"error\" id=\"username-error\">Username already exists.")
        .contains("<span class=\"error\" id=\"password-error\">This password is too common.")
        .contains("value=\"janedoe\"")
        .doesNotContain(PASSWORD);
  }

  @Test
  void tooManyAttempts_keepTheForm_andSaySo() {
    when(registerUser.register(any()))
        .thenThrow(new TooManyAttemptsException(Duration.ofSeconds(30)));

    var reply = api.send(form(fields(PASSWORD, PASSWORD)));

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    assertThat(reply.body()).contains("Too many attempts.", "value=\"janedoe\"");
  }

  @Test
  void closedRegistration_isSaidOnThePage() {
    when(registerUser.register(any())).thenThrow(new RegistrationClosedException());

    var reply = api.send(form(fields(PASSWORD, PASSWORD)));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body())
        .contains("Registration is closed")
        .doesNotContain("action=\"/register\"");
  }

  @Test
  void aFormFromAnotherSite_isRefused_beforeAnythingIsChecked() {
    var reply = api.send(form(fields(PASSWORD, PASSWORD)).header("Origin", "https://evil.example"));

    assertThat(reply.status()).isEqualTo(403);
    verifyNoInteractions(registerUser);
  }

  private static Map<String, String> fields(String password, String again) {
    var fields = new LinkedHashMap<String, String>();
    fields.put("username", "janedoe");
    fields.put("email", "jane@example.com");
    fields.put("firstName", "Jane");
    fields.put("lastName", "O'Brien");
    fields.put("password", password);
    fields.put("passwordConfirmation", again);
    return fields;
  }

  private static MutableHttpRequest<?> form(Map<String, String> fields) {
    return HttpRequest.POST("/register", fields)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
  }

  /** The level letter and message of the flash cookie the reply sets. */
  static String flash(TestApi.Reply reply) {
    var cookie =
        reply.headers().getAll(HttpHeaders.SET_COOKIE).stream()
            .filter(c -> c.startsWith("crms_flash="))
            .findFirst()
            .orElseThrow();
    var value = cookie.substring("crms_flash=".length(), cookie.indexOf(';'));
    return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
  }

  static Cookie session(String secret) {
    return Cookie.of("crms_session", secret);
  }
}
