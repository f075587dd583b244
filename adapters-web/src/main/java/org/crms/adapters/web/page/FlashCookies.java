package org.crms.adapters.web.page;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Carries a {@link Flash} across the redirect after a form, in the short-lived cookie {@value
 * #NAME}: no node keeps it, so the next page may come from any node. The message is only shown,
 * escaped, to the browser that holds the cookie, so a forged one can say nothing to anyone else;
 * its length is capped all the same.
 */
@Singleton
final class FlashCookies {
  static final String NAME = "crms_flash";
  private static final int MAX_MESSAGE_LENGTH = 300;
  private static final long LIFETIME_SECONDS = 60;

  private final boolean secure;

  FlashCookies(@Value("${crms.session.cookie-secure:true}") boolean secure) {
    this.secure = secure;
  }

  Cookie of(Flash flash) {
    var text = flash.level().name().charAt(0) + flash.message();
    var value =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    return attributes(Cookie.of(NAME, value)).maxAge(LIFETIME_SECONDS);
  }

  Cookie cleared() {
    return attributes(Cookie.of(NAME, "")).maxAge(0);
  }

  static boolean present(HttpRequest<?> request) {
    return request.getCookies().findCookie(NAME).isPresent();
  }

  static Optional<Flash> read(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(NAME)
        .map(Cookie::getValue)
        .flatMap(FlashCookies::decode);
  }

  private static Optional<Flash> decode(String value) {
    try {
      var text = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
      if (text.length() < 2 || text.length() > MAX_MESSAGE_LENGTH) {
        return Optional.empty();
      }
      var level = text.charAt(0) == 'S' ? Flash.Level.SUCCESS : Flash.Level.ERROR;
      return Optional.of(new Flash(level, text.substring(1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Cookie attributes(Cookie cookie) {
    return cookie.path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
  }
}
