package org.crms.adapters.web.request;

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
import java.util.List;
import org.crms.adapters.web.TestApi;
import org.crms.adapters.web.security.CsrfTokens;
import org.crms.application.port.in.Page;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Stamp;

/** What the request page tests send and read: signed-in browser requests, forms, flashes. */
final class RequestPageTestData {
  private RequestPageTestData() {}

  static Client client(ClientId id, String name) {
    var details = ClientDetails.parse(name, null, null, null, true);
    var stamp = new Stamp(RequestTestData.CREATED, null);
    return Client.reconstitute(id, details, stamp, stamp, null, 0);
  }

  static RequestType type(RequestTypeId id, String name) {
    var details = RequestTypeDetails.parse(name, null, 5, true);
    var stamp = new Stamp(RequestTestData.CREATED, null);
    return RequestType.reconstitute(id, details, stamp, stamp, null, 0);
  }

  static <T, P> Page<T, P> none() {
    return new Page<>(List.of(), null);
  }

  /** A GET of a page by a browser signed in with that session. */
  static MutableHttpRequest<?> get(String path, String session) {
    return HttpRequest.GET(path)
        .cookie(Cookie.of("crms_session", session))
        .accept(MediaType.TEXT_HTML);
  }

  /** A form posted by a browser signed in with that session, with its CSRF token. */
  static MutableHttpRequest<?> post(String path, String session, String... namesAndValues) {
    var fields = new ArrayList<String>();
    fields.add("_csrf=" + encode(CsrfTokens.forSession(session)));
    for (var i = 0; i < namesAndValues.length; i += 2) {
      fields.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
    }
    return HttpRequest.POST(path, String.join("&", fields))
        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
        .accept(MediaType.TEXT_HTML)
        .cookie(Cookie.of("crms_session", session));
  }

  /** The flash a redirect leaves, as "S<message>" or "E<message>". */
  static String flash(TestApi.Reply reply) {
    var cookie =
        reply.headers().getAll(HttpHeaders.SET_COOKIE).stream()
            .filter(c -> c.startsWith("crms_flash="))
            .findFirst();
    assertThat(cookie).as("flash cookie").isPresent();
    var value = cookie.get().substring("crms_flash=".length()).split(";")[0];
    return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
