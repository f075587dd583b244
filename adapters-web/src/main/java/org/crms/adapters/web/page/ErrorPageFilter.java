package org.crms.adapters.web.page;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import org.crms.adapters.web.error.Problem;
import org.crms.adapters.web.security.SessionCookies;

/**
 * Shows errors of pages as pages. Every error is first a {@link Problem}, made by the one handler
 * of its kind, exactly as the API answers it; when the request was for a page (a route that
 * produces HTML, or an unknown address asked for by a browser outside {@code /api/}), this filter
 * turns the problem into the error page with the same status and words. A page that needs a
 * signed-in user sends an anonymous visitor (or one whose session has ended) to the login page
 * instead, and back after signing in.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ErrorPageFilter implements Ordered {
  static final String LOGIN = "/login";

  private final Pages pages;
  private final SessionCookies sessions;

  ErrorPageFilter(Pages pages, SessionCookies sessions) {
    this.pages = pages;
    this.sessions = sessions;
  }

  @ResponseFilter
  MutableHttpResponse<?> showAsPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (!(response.getBody().orElse(null) instanceof Problem problem) || !wantsPage(request)) {
      return response;
    }
    if (problem.status() == HttpStatus.UNAUTHORIZED.getCode()) {
      var login = pages.seeOther(loginThenBack(request));
      return SessionCookies.secret(request).isPresent() ? login.cookie(sessions.cleared()) : login;
    }
    var page =
        new ErrorPage(
            pages.chrome(request),
            problem.status(),
            problem.title() == null ? "Error" : problem.title(),
            problem.detail() == null ? "" : problem.detail());
    var rendered = pages.render(HttpStatus.valueOf(problem.status()), request, "error.jte", page);
    response.getHeaders().forEach((name, values) -> copyHeader(rendered, name, values));
    return rendered;
  }

  @Override
  public int getOrder() {
    // Inside the security headers filter, so that error pages get them too.
    return ServerFilterPhase.FIRST.after();
  }

  private static void copyHeader(
      MutableHttpResponse<?> to, String name, java.util.List<String> values) {
    if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
        && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
        && !name.equalsIgnoreCase(HttpHeaders.WWW_AUTHENTICATE)) {
      values.forEach(value -> to.getHeaders().add(name, value));
    }
  }

  /** A page route, or a browser asking for an unknown address outside the API. */
  static boolean wantsPage(HttpRequest<?> request) {
    var route = RouteAttributes.getRouteMatch(request);
    if (route.isPresent()) {
      return route.get().getRouteInfo().getProduces().stream()
          .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }
    return !request.getPath().startsWith("/api/")
        && request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
  }

  private static String loginThenBack(HttpRequest<?> request) {
    if (request.getMethod() != HttpMethod.GET) {
      return LOGIN;
    }
    var back = request.getUri().getRawPath();
    var query = request.getUri().getRawQuery();
    var target = query == null ? back : back + "?" + query;
    return QueryString.empty().with("next", target).path(LOGIN);
  }
}
