package org.crms.adapters.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.web.router.RouteMatch;
import java.util.Optional;
import java.util.Set;
import org.crms.adapters.web.error.Problem;
import org.crms.adapters.web.error.ProblemResponses;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Refuses cross-site request forgery. A state-changing request (POST, PUT, PATCH, DELETE: anything
 * but GET, HEAD and OPTIONS) authenticated by the session cookie must carry the session's {@link
 * CsrfTokens token} in the {@value CsrfTokens#HEADER} header or, for an HTML form, the {@value
 * CsrfTokens#FIELD} field; otherwise it gets 403 {@code /problems/csrf} and never reaches its
 * controller. Bearer-token requests are exempt: browsers never attach that header by themselves.
 * {@link CsrfExempt} routes (the login form: no session yet) need no token, but a cross-site {@code
 * Origin} is refused.
 *
 * <p>It runs right after the security filter, so it knows how the request was authenticated. The
 * form body is read only when a cookie-authenticated form arrives without the header, and then
 * asynchronously, from a copy: the controller still gets the whole body, even one that arrives
 * after its headers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfFilter implements Ordered {
  /** Methods that never change state; every other one (PATCH and custom ones too) is checked. */
  private static final Set<HttpMethod> SAFE =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private static final String MISSING =
      "This request lacks a valid CSRF token. Reload the page and try again.";
  private static final String CROSS_SITE = "Sign-in forms from other sites are refused.";

  private final HttpHostResolver hostResolver;

  CsrfFilter(HttpHostResolver hostResolver) {
    this.hostResolver = hostResolver;
  }

  @RequestFilter
  Publisher<HttpResponse<?>> check(
      HttpRequest<?> request,
      @Nullable RouteMatch<?> route,
      FilterContinuation<Publisher<HttpResponse<?>>> next) {
    if (SAFE.contains(request.getMethod())) {
      return next.proceed();
    }
    if (route != null && route.getAnnotationMetadata().hasAnnotation(CsrfExempt.class)) {
      var origin = request.getHeaders().get("Origin");
      return Origins.isSameHostOrAbsent(origin, hostResolver.resolve(request))
          ? next.proceed()
          : refuse(request, CROSS_SITE);
    }
    var session = PresentedCredential.authenticatedSession(request);
    if (session.isEmpty()) {
      return next.proceed();
    }
    return presentedToken(request)
        .map(token -> CsrfTokens.matches(session.get(), token.orElse(null)))
        .flatMap(valid -> valid ? Mono.from(next.proceed()) : refuse(request, MISSING));
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }

  /** The header's token, else the form field's; the form body is awaited without blocking. */
  private static Mono<Optional<String>> presentedToken(HttpRequest<?> request) {
    var header = request.getHeaders().get(CsrfTokens.HEADER);
    if (header != null || !isForm(request) || !(request instanceof ServerHttpRequest<?> server)) {
      return Mono.just(Optional.ofNullable(header));
    }
    var charset = request.getCharacterEncoding();
    var copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST);
    return Mono.fromFuture(copy.buffer())
        // Go on from another thread: the copy may complete inside the shared body's own delivery,
        // and the route must not subscribe to that body from within it (Micronaut asserts so,
        // and a form then failed with 500 now and then).
        .publishOn(Schedulers.boundedElastic())
        .map(
            body -> {
              try (body) {
                return FormFields.first(body.toString(charset), CsrfTokens.FIELD, charset);
              }
            });
  }

  private static boolean isForm(HttpRequest<?> request) {
    return request
        .getContentType()
        .filter(type -> type.getName().equals(MediaType.APPLICATION_FORM_URLENCODED))
        .isPresent();
  }

  private static Mono<HttpResponse<?>> refuse(HttpRequest<?> request, String detail) {
    var problem = Problem.typed("csrf", "Cross-site request refused", HttpStatus.FORBIDDEN, detail);
    return Mono.<HttpResponse<?>>just(ProblemResponses.of(request, problem));
  }
}
