package org.crms.adapters.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Authenticates requests by the credential they present ({@link PresentedCredential}): the {@code
 * Authorization: Bearer <secret>} header of API clients, or else the browser session cookie. Both
 * are looked up in the database on every request, so that a revoked token, an ended session or a
 * deactivated user is refused at once on every node. The look-up blocks (JDBC), so it runs on
 * Micronaut's blocking executor, never on the Netty event loop. A request without a credential, or
 * with one that is not valid, stays anonymous; the security rules then answer 401.
 */
@Singleton
final class AccessTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
  private final AuthenticateAccessTokenUseCase authenticateAccessToken;
  private final Scheduler blocking;

  AccessTokenAuthenticationFetcher(
      AuthenticateAccessTokenUseCase authenticateAccessToken,
      @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
    this.authenticateAccessToken = authenticateAccessToken;
    this.blocking = Schedulers.fromExecutorService(blockingExecutor);
  }

  @Override
  public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
    return PresentedCredential.of(request)
        .map(credential -> lookUp(credential.secret()))
        .orElseGet(Mono::empty);
  }

  private Mono<Authentication> lookUp(String secret) {
    return Mono.fromCallable(() -> authentication(secret)).subscribeOn(blocking);
  }

  /** The authentication behind the secret, or null (an empty result) when there is none. */
  private Authentication authentication(String secret) {
    return authenticateAccessToken.authenticate(secret).map(Actors::authentication).orElse(null);
  }
}
