package org.crms.adapters.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.net.URI;
import org.crms.adapters.web.security.CsrfTokens;
import org.crms.adapters.web.security.PresentedCredential;
import org.crms.domain.user.Role;

/**
 * Renders pages and answers forms. Every template takes one parameter, a page record that carries
 * the {@link Chrome}, and is compiled at build time (escaping by context included); a form is
 * answered with {@code 303 See Other} so that reloading the next page never repeats it, its outcome
 * carried along as a {@link Flash}.
 */
@Singleton
public final class Pages {
  /** The type of every page. */
  public static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final FlashCookies flashes;

  Pages(FlashCookies flashes) {
    this.flashes = flashes;
  }

  /** What the page around the content shows for this request; reads (once) the pending flash. */
  public Chrome chrome(HttpRequest<?> request) {
    var viewer =
        request
            .getUserPrincipal(Authentication.class)
            .map(a -> new Viewer(a.getName(), a.getRoles().contains(Role.ADMIN.name())))
            .orElse(null);
    var csrf = PresentedCredential.authenticatedSession(request).map(CsrfTokens::forSession);
    var flash = FlashCookies.read(request).orElse(null);
    return new Chrome(viewer, csrf.orElse(""), flash, request.getPath());
  }

  /** 200 with the rendered template. */
  public MutableHttpResponse<String> ok(HttpRequest<?> request, String template, Object page) {
    return render(HttpStatus.OK, request, template, page);
  }

  /**
   * The rendered template with the given status: 422 for a form sent back with its errors, 409 for
   * a conflicting edit, 403 or 404 for error pages.
   *
   * @param template the template's path under {@code src/main/jte}, e.g. {@code "client/list.jte"}
   * @param page the template's only parameter
   */
  public MutableHttpResponse<String> render(
      HttpStatus status, HttpRequest<?> request, String template, Object page) {
    var output = new StringOutput();
    templates.render(template, page, output);
    var response = HttpResponse.<String>status(status).body(output.toString()).contentType(HTML);
    if (FlashCookies.present(request)) {
      response.cookie(flashes.cleared());
    }
    return response;
  }

  /** 303 to a local path. */
  public MutableHttpResponse<Void> seeOther(String location) {
    return HttpResponse.<Void>seeOther(URI.create(location))
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** 303 to a local path, whose page will show the flash. */
  public MutableHttpResponse<Void> seeOther(String location, Flash flash) {
    return seeOther(location).cookie(flashes.of(flash));
  }
}
