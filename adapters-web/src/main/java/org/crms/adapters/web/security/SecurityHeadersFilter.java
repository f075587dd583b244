package org.crms.adapters.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.HttpServerConfiguration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Puts the browser-hardening headers on every response: API, pages, errors and Micronaut's own
 * 401/404 answers alike. It runs first, so its response side runs last and sees them all.
 *
 * <ul>
 *   <li>A strict Content-Security-Policy (same-origin only, no inline script or style), no MIME
 *       sniffing, no framing, no full referrer across origins.
 *   <li>HSTS only on a request that came over TLS. Micronaut knows that only for TLS it terminates
 *       itself; behind a TLS-terminating proxy, set {@code
 *       micronaut.server.host-resolution.protocol-header} (e.g. {@code X-Forwarded-Proto}) and let
 *       the proxy overwrite that header. Unset, the header is ignored, so clients cannot fake it.
 *   <li>{@code Cache-Control: no-store} on every answer to an authenticated request and under
 *       {@value #AUTH_PATH}, where tokens and accounts are made, unless the handler already forbade
 *       storing, or declared its answer {@code public}: the same for every caller, such as the API
 *       documentation, which a signed-in browser may cache as well as anyone.
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter implements Ordered {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";
  static final String AUTH_PATH = "/api/v1/auth/";
  private static final String NO_STORE = "no-store";

  private final String protocolHeader;

  SecurityHeadersFilter(HttpServerConfiguration server) {
    var hostResolution = server.getHostResolution();
    this.protocolHeader = hostResolution == null ? null : hostResolution.getProtocolHeader();
  }

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    var headers = response.getHeaders();
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    if (cameOverTls(request)) {
      headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    var cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
    if (isPrivate(request) && !forbidsStoring(cacheControl) && !isPublic(cacheControl)) {
      headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }

  private boolean cameOverTls(HttpRequest<?> request) {
    if (request.isSecure()) {
      return true;
    }
    var forwardedProtocol =
        protocolHeader == null ? null : request.getHeaders().get(protocolHeader);
    return forwardedProtocol != null && "https".equalsIgnoreCase(forwardedProtocol.strip());
  }

  private static boolean isPrivate(HttpRequest<?> request) {
    return request.getUserPrincipal().isPresent()
        || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
        || request.getPath().startsWith(AUTH_PATH);
  }

  private static boolean forbidsStoring(String cacheControl) {
    return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains(NO_STORE);
  }

  private static boolean isPublic(String cacheControl) {
    return cacheControl != null
        && Arrays.stream(cacheControl.split(","))
            .anyMatch(directive -> directive.strip().equalsIgnoreCase("public"));
  }
}
