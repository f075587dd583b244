package org.crms.adapters.web.contact;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crms.adapters.web.TestApi;
import org.crms.adapters.web.security.CsrfTokens;

/** Requests as a signed-in browser sends them to pages: the session cookie, forms with _csrf. */
public final class PageRequests {
  private PageRequests() {}

  /** A page, asked for by the holder of this session. */
  public static MutableHttpRequest<?> get(String path, String session) {
    return HttpRequest.GET(path)
        .cookie(Cookie.of("crms_session", session))
        .accept(MediaType.TEXT_HTML);
  }

  /** A form of this session, with its CSRF token. */
  public static MutableHttpRequest<?> post(
      String path, String session, Map<String, String> fields) {
    var body = new LinkedHashMap<>(fields);
    body.put("_csrf", CsrfTokens.forSession(session));
    return HttpRequest.POST(path, body)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .cookie(Cookie.of("crms_session", session))
        .accept(MediaType.TEXT_HTML);
  }

  /**
   * The flash message the answer leaves for the next page, as level letter and words ("SRecord…").
   */
  public static String flash(TestApi.Reply reply) {
    return reply.headers().getAll(HttpHeaders.SET_COOKIE).stream()
        .filter(cookie -> cookie.startsWith("crms_flash="))
        .map(cookie -> cookie.substring("crms_flash=".length(), cookie.indexOf(';')))
        .map(value -> new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8))
        .findFirst()
        .orElse("");
  }
}
