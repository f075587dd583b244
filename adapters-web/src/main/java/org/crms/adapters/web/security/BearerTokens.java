package org.crms.adapters.web.security;

import io.micronaut.http.HttpRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the secret of an {@code Authorization: Bearer <secret>} header (RFC 6750 §2.1; the scheme
 * in any case). The one place that parses it, for authentication and for logging out.
 */
public final class BearerTokens {
  private static final String SCHEME = "bearer ";

  private BearerTokens() {}

  /** The secret the request presents, empty without a bearer header or with a blank one. */
  public static Optional<String> secret(HttpRequest<?> request) {
    return request
        .getHeaders()
        .getAuthorization()
        .filter(value -> value.length() > SCHEME.length())
        .filter(
            value -> value.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME))
        .map(value -> value.substring(SCHEME.length()).strip())
        .filter(secret -> !secret.isEmpty());
  }
}
