package org.crms.adapters.web.security;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/**
 * The credential a request presents, decided in one place for authentication, CSRF protection and
 * logging out: a bearer token when there is an {@code Authorization: Bearer} header, otherwise the
 * session cookie. A request with a bearer header is never judged by its cookie, not even when the
 * token turns out to be invalid.
 *
 * @param kind where the secret came from
 * @param secret the token's secret
 */
public record PresentedCredential(Kind kind, String secret) {

  /** Where a secret came from. */
  public enum Kind {
    /** {@code Authorization: Bearer}, sent deliberately by an API client; no CSRF risk. */
    BEARER,
    /** The browser session cookie, which browsers attach by themselves; CSRF-protected. */
    SESSION
  }

  /** The credential the request presents, empty when it presents none. */
  public static Optional<PresentedCredential> of(HttpRequest<?> request) {
    var bearer = BearerTokens.secret(request);
    if (bearer.isPresent()) {
      return bearer.map(secret -> new PresentedCredential(Kind.BEARER, secret));
    }
    return SessionCookies.secret(request)
        .map(secret -> new PresentedCredential(Kind.SESSION, secret));
  }

  /** The session secret that authenticated this request, if it was authenticated by cookie. */
  public static Optional<String> authenticatedSession(HttpRequest<?> request) {
    if (request.getUserPrincipal().isEmpty()) {
      return Optional.empty();
    }
    return of(request).filter(c -> c.kind() == Kind.SESSION).map(PresentedCredential::secret);
  }

  @Override
  public String toString() {
    return "PresentedCredential[kind=" + kind + "]";
  }
}
