package org.crms.adapters.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
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
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.adapters.web.security.CsrfTokens;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.CreatePersonalTokenCommand;
import org.crms.application.port.in.auth.CreatePersonalTokenUseCase;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.application.port.in.auth.ListPersonalTokensUseCase;
import org.crms.application.port.in.auth.PersonalToken;
import org.crms.application.port.in.auth.RevokePersonalTokenCommand;
import org.crms.application.port.in.auth.RevokePersonalTokenUseCase;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class TokenPageControllerTest {
  private static final UUID TOKEN_ID = UUID.fromString("00000000-0000-0000-0009-000000000001");
  private static final String SECRET = "crms_pat_s3cr3t";
  private static final Actor ME = new Actor(LIMITED_ID, Role.LIMITED);
  private static final PersonalToken NIGHTLY =
      new PersonalToken(
          TOKEN_ID,
          "Nightly <export>",
          Instant.parse("2026-04-01T08:00:00Z"),
          Instant.parse("2026-06-30T08:00:00Z"));

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListPersonalTokensUseCase listTokens;
  @Inject CreatePersonalTokenUseCase createToken;
  @Inject RevokePersonalTokenUseCase revokeToken;
  TestApi api;

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

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void listsTheCallersTokens_escaped_withARevokeForm() {
    when(listTokens.list(any())).thenReturn(List.of(NIGHTLY));

    var reply = api.send(HttpRequest.GET("/tokens").cookie(session()));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .contains("<td>Nightly &lt;export&gt;</td>", "<td>2026-06-30 08:00 UTC</td>")
        .contains("action=\"/tokens/" + TOKEN_ID + "/revoke\"")
        .contains("name=\"_csrf\" value=\"" + CsrfTokens.forSession(LIMITED_TOKEN) + "\"");
  }

  @Test
  void makingAToken_showsItsSecretOnTheAnswer_once_andNeverInTheList() {
    when(createToken.create(any()))
        .thenReturn(
            new IssuedAccessToken(
                TOKEN_ID, SECRET, Instant.parse("2026-06-30T08:00:00Z"), Duration.ofDays(90)));
    when(listTokens.list(any())).thenReturn(List.of(NIGHTLY));

    var made = api.send(form("/tokens", Map.of("name", "Nightly export", "validDays", "90")));
    var listed = api.send(HttpRequest.GET("/tokens").cookie(session()));

    assertThat(made.status()).isEqualTo(200);
    assertThat(made.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    assertThat(made.headers().getAll(HttpHeaders.SET_COOKIE)).noneMatch(c -> c.contains(SECRET));
    assertThat(made.body())
        .contains("value=\"" + SECRET + "\"", "Token made: Nightly export")
        .contains("shown this once");
    assertThat(listed.body()).doesNotContain(SECRET);
    verify(createToken).create(new CreatePersonalTokenCommand(ME, "Nightly export", 90));
  }

  @Test
  void anUnusableForm_comesBack_withTheFieldsMessage_andTheValuesKept() {
    when(createToken.create(any()))
        .thenThrow(new InvalidValueException("validDays", "Must be between 1 and 365."));
    when(listTokens.list(any())).thenReturn(List.of());

    var reply = api.send(form("/tokens", Map.of("name", "Nightly export", "validDays", "400")));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body())
        .contains("<span class=\"error\" id=\"validDays-error\">Must be between 1 and 365.")
        .contains("value=\"Nightly export\"", "value=\"400\"");
  }

  @Test
  void aLifetimeThatIsNoNumber_isAFieldError_notA400() {
    when(listTokens.list(any())).thenReturn(List.of());

    var reply = api.send(form("/tokens", Map.of("name", "Nightly", "validDays", "ninety")));

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.body()).contains("Enter a whole number of days.", "value=\"ninety\"");
    verifyNoInteractions(createToken);
  }

  @Test
  void revoking_goesBackToTheList_withTheFlash() {
    var reply = api.send(form("/tokens/" + TOKEN_ID + "/revoke", Map.of()));

    assertThat(reply.status()).isEqualTo(303);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo("/tokens");
    assertThat(flash(reply)).isEqualTo("S" + TokenPageController.REVOKED);
    verify(revokeToken).revoke(new RevokePersonalTokenCommand(ME, TOKEN_ID));
  }

  @Test
  void withoutTheCsrfToken_nothingIsMadeNorRevoked() {
    var make =
        HttpRequest.POST("/tokens", Map.of("name", "x"))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            .cookie(session());
    var revoke =
        HttpRequest.POST("/tokens/" + TOKEN_ID + "/revoke", Map.of("_csrf", "forged"))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            .cookie(session());

    assertThat(api.send(make).status()).isEqualTo(403);
    assertThat(api.send(revoke).status()).isEqualTo(403);
    verifyNoInteractions(createToken, revokeToken);
  }

  private static MutableHttpRequest<?> form(String path, Map<String, String> fields) {
    var withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", CsrfTokens.forSession(LIMITED_TOKEN));
    return HttpRequest.POST(path, withToken)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        .cookie(session());
  }

  private static String flash(TestApi.Reply reply) {
    var cookie =
        reply.headers().getAll(HttpHeaders.SET_COOKIE).stream()
            .filter(c -> c.startsWith("crms_flash="))
            .findFirst()
            .orElseThrow();
    var value = cookie.substring("crms_flash=".length(), cookie.indexOf(';'));
    return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
  }

  private static Cookie session() {
    return Cookie.of("crms_session", LIMITED_TOKEN);
  }
}
