package org.crms.adapters.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.crms.application.port.in.auth.IssuedAccessToken;

/**
 * The browser session cookie {@value #NAME}: the secret of a browser token, {@code HttpOnly} so
 * that no script can read it, {@code SameSite=Lax} so that browsers leave it off cross-site POSTs,
 * {@code Path=/} and {@code Secure} unless {@code crms.session.cookie-secure} is false (plain-HTTP
 * development only). It lives as long as the token; the server also ends it when idle.
 */
@Singleton
public final class SessionCookies {
  public static final String NAME = "crms_session";
  static final String SECURE_PROPERTY = "crms.session.cookie-secure";
  private static final int MAX_SECRET_LENGTH = 256;

  private final boolean secure;

  SessionCookies(@Value("${" + SECURE_PROPERTY + ":true}") boolean secure) {
    this.secure = secure;
  }

  /** The session secret the request carries, empty without a (non-blank, sane) cookie. */
  public static Optional<String> secret(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(NAME)
        .map(Cookie::getValue)
        .map(String::strip)
        .filter(value -> !value.isEmpty() && value.length() <= MAX_SECRET_LENGTH);
  }

  /** The cookie that starts the session of a freshly issued browser token. */
  public Cookie open(IssuedAccessToken token) {
    return attributes(Cookie.of(NAME, token.secret())).maxAge(token.lifetime().toSeconds());
  }

  /** The cookie that makes the browser forget the session at once. */
  public Cookie cleared() {
    return attributes(Cookie.of(NAME, "")).maxAge(0);
  }

  private Cookie attributes(Cookie cookie) {
    return cookie.path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
  }
}
