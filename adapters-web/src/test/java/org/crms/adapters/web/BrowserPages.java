package org.crms.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crms.adapters.web.security.CsrfTokens;

/** What a browser sends to pages: the session cookie, forms with the CSRF token; and the flash. */
public final class BrowserPages {
  private BrowserPages() {}

  /** A GET of a page by the signed-in user of this session. */
  public static MutableHttpRequest<?> get(String path, String session) {
    return HttpRequest.GET(path)
        .cookie(Cookie.of("crms_session", session))
        .accept(MediaType.TEXT_HTML);
  }

  /** A form sent by the signed-in user of this session, with the session's CSRF token. */
  public static MutableHttpRequest<?> post(
      String path, String session, Map<String, String> fields) {
    var body = new LinkedHashMap<String, String>(fields);
    body.put("_csrf", CsrfTokens.forSession(session));
    return HttpRequest.POST(path, body)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .cookie(Cookie.of("crms_session", session))
        .accept(MediaType.TEXT_HTML);
  }

  /**
   * A form sent by the signed-in user of this session, with the session's CSRF token; a name may
   * repeat, as the boxes of a bulk edit do.
   */
  public static MutableHttpRequest<?> post(String path, String session, String... namesAndValues) {
    var fields = new ArrayList<String>();
    fields.add("_csrf=" + encode(CsrfTokens.forSession(session)));
    for (var i = 0; i < namesAndValues.length; i += 2) {
      fields.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
    }
    return HttpRequest.POST(path, String.join("&", fields))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        .cookie(Cookie.of("crms_session", session))
        .accept(MediaType.TEXT_HTML);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The flash message the answer leaves for the next page, as "SUCCESS: ..." or "ERROR: ...". */
  public static String flash(TestApi.Reply reply) {
    var cookie =
        reply.headers().getAll(HttpHeaders.SET_COOKIE).stream()
            .filter(c -> c.startsWith("crms_flash="))
            .findFirst();
    assertThat(cookie).as("flash cookie").isPresent();
    var value = cookie.get().substring("crms_flash=".length()).split(";")[0];
    var text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
    return (text.charAt(0) == 'S' ? "SUCCESS: " : "ERROR: ") + text.substring(1);
  }
}
