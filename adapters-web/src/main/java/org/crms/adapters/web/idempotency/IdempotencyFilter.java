package org.crms.adapters.web.idempotency;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.idempotency.ClaimIdempotencyKeyCommand;
import org.crms.application.port.in.idempotency.ClaimIdempotencyKeyUseCase;
import org.crms.application.port.in.idempotency.IdempotencyKey;
import org.crms.application.port.in.idempotency.RecordIdempotentResponseUseCase;
import org.crms.application.port.in.idempotency.ReleaseIdempotencyKeyUseCase;
import org.crms.application.port.in.idempotency.RememberedResponse;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Makes an authenticated API POST that carries an {@value #HEADER} header safe to retry: the first
 * request with the key runs and its successful response is remembered; a retry gets that response
 * again (marked {@value #REPLAYED}) instead of creating a duplicate. A failed request releases its
 * key, so that a corrected retry runs. The same key with a different request is refused (422), and
 * a retry that arrives while the first request still runs gets 409.
 *
 * <p>It runs after authentication and CSRF checks (keys belong to users, and a refused request
 * claims nothing). Database calls run on the blocking executor, never on the event loop.
 */
@ServerFilter("/api/**")
// Adapter tests that mock only the use cases they exercise run without it; the application always
// has it (IdempotencyIT).
@Requires(beans = ClaimIdempotencyKeyUseCase.class)
final class IdempotencyFilter implements Ordered {
  static final String HEADER = IdempotencyKey.FIELD;
  static final String REPLAYED = "Idempotent-Replayed";

  private final ClaimIdempotencyKeyUseCase claim;
  private final RecordIdempotentResponseUseCase record;
  private final ReleaseIdempotencyKeyUseCase release;
  private final JsonMapper json;
  private final Scheduler blocking;

  IdempotencyFilter(
      ClaimIdempotencyKeyUseCase claim,
      RecordIdempotentResponseUseCase record,
      ReleaseIdempotencyKeyUseCase release,
      JsonMapper json,
      @Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
    this.claim = claim;
    this.record = record;
    this.release = release;
    this.json = json;
    this.blocking = Schedulers.fromExecutorService(blockingExecutor);
  }

  @RequestFilter
  Publisher<MutableHttpResponse<?>> filter(
      HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
    var header = request.getHeaders().get(HEADER);
    var user = request.getUserPrincipal(Authentication.class);
    if (request.getMethod() != HttpMethod.POST || header == null || user.isEmpty()) {
      return next.proceed();
    }
    var key = new IdempotencyKey(Actors.from(user.get()).userId(), header);
    return body(request)
        .map(body -> RequestFingerprint.of(request, body))
        .flatMap(
            fingerprint ->
                Mono.fromCallable(
                        () -> claim.claim(new ClaimIdempotencyKeyCommand(key, fingerprint)))
                    .subscribeOn(blocking))
        .flatMap(
            remembered ->
                remembered.isPresent() ? Mono.just(replay(remembered.get())) : run(key, next));
  }

  @Override
  public int getOrder() {
    // After the CSRF filter (SECURITY.after()).
    return ServerFilterPhase.SECURITY.after() + 1;
  }

  private Mono<MutableHttpResponse<?>> run(
      IdempotencyKey key, FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
    return Mono.from(next.proceed())
        .flatMap(
            response ->
                Mono.<MutableHttpResponse<?>>fromCallable(() -> settle(key, response))
                    .subscribeOn(blocking))
        .onErrorResume(
            failure ->
                Mono.fromRunnable(() -> release.release(key))
                    .subscribeOn(blocking)
                    .then(Mono.<MutableHttpResponse<?>>error(failure)));
  }

  /** Remembers a success; releases the key of anything else, which changed nothing. */
  private MutableHttpResponse<?> settle(IdempotencyKey key, MutableHttpResponse<?> response) {
    if (response.getStatus().getCode() >= 300) {
      release.release(key);
      return response;
    }
    record.record(key, remembered(response));
    return response;
  }

  private RememberedResponse remembered(MutableHttpResponse<?> response) {
    var body = response.getBody().map(this::bytes).orElse(new byte[0]);
    var contentType =
        response
            .getContentType()
            .map(MediaType::toString)
            .orElse(body.length == 0 ? null : MediaType.APPLICATION_JSON);
    return new RememberedResponse(
        response.getStatus().getCode(),
        contentType,
        body,
        response.getHeaders().get(HttpHeaders.LOCATION),
        response.getHeaders().get(HttpHeaders.ETAG));
  }

  private byte[] bytes(Object body) {
    try {
      return body instanceof byte[] raw ? raw : json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MutableHttpResponse<?> replay(RememberedResponse remembered) {
    MutableHttpResponse<Object> response =
        HttpResponse.status(HttpStatus.valueOf(remembered.status()));
    response.header(REPLAYED, "true");
    Optional.ofNullable(remembered.location())
        .ifPresent(l -> response.header(HttpHeaders.LOCATION, l));
    Optional.ofNullable(remembered.entityTag())
        .ifPresent(t -> response.header(HttpHeaders.ETAG, t));
    if (remembered.contentType() != null) {
      response.body(remembered.body()).contentType(remembered.contentType());
    }
    return response;
  }

  /** The whole body, read from a copy so that the controller still gets it. */
  private static Mono<byte[]> body(HttpRequest<?> request) {
    if (!(request instanceof ServerHttpRequest<?> server)) {
      return Mono.just(new byte[0]);
    }
    var copy = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST);
    return Mono.fromFuture(copy.buffer())
        .map(
            buffer -> {
              try (buffer) {
                return buffer.toByteArray();
              }
            });
  }
}
