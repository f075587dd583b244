package org.crms.adapters.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Compares a request's {@code Origin} header with the host the request was sent to. Browsers send
 * {@code Origin} on every cross-site POST, so a mismatch means another site's page sent it. Hosts
 * are compared case-insensitively; ports only when both sides name one, because behind a
 * TLS-terminating proxy the server may not know the scheme, hence the default port, the browser
 * used. {@code Origin: null} (sandboxed frames, privacy-sensitive redirects) names no host and
 * matches nothing.
 */
final class Origins {
  private Origins() {}

  /**
   * @param origin the {@code Origin} header, or null when the request has none
   * @param server the URL the request was sent to, e.g. {@code http://localhost:8080}
   * @return true when there is no Origin header, or it names the server's host
   */
  static boolean isSameHostOrAbsent(String origin, String server) {
    if (origin == null) {
      return true;
    }
    var from = parse(origin.strip());
    var to = parse(server);
    if (from == null || to == null || from.getHost() == null || to.getHost() == null) {
      return false;
    }
    var sameHost =
        from.getHost().toLowerCase(Locale.ROOT).equals(to.getHost().toLowerCase(Locale.ROOT));
    var portsKnown = from.getPort() != -1 && to.getPort() != -1;
    return sameHost && (!portsKnown || from.getPort() == to.getPort());
  }

  private static URI parse(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
