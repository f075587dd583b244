package org.crms.adapters.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.netty.util.concurrent.FastThreadLocalThread;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Micronaut's own errors come out as problem details too, and authentication behaves as the API
 * promises.
 */
@MicronautTest
@Property(name = "spec.name", value = "probe")
class FrameworkErrorsTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject AuthenticateAccessTokenUseCase accessTokens;
  TestApi api;
  ListAppender<ILoggingEvent> serverLog = new ListAppender<>();

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    var fake = new FakeAccessTokens();
    var mock = mock(AuthenticateAccessTokenUseCase.class);
    when(mock.authenticate(anyString())).thenAnswer(call -> fake.authenticate(call.getArgument(0)));
    return mock;
  }

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
    serverLog.start();
    routeExecutorLogger().addAppender(serverLog);
  }

  @AfterEach
  void tearDown() {
    routeExecutorLogger().detachAppender(serverLog);
  }

  @Test
  void unknownRoute_answers404_withOrWithoutToken() {
    api.send(HttpRequest.GET("/api/v1/nothing-here")).problem(404);
    var problem = api.send(HttpRequest.GET("/api/v1/nothing-here"), ADMIN_TOKEN).problem(404);

    assertThat(problem).containsEntry("type", "about:blank").containsEntry("title", "Not Found");
  }

  @Test
  void wrongMethod_answers405_namingTheAllowedOnes() {
    var reply = api.send(HttpRequest.PATCH("/api/v1/clients", "{}"), ADMIN_TOKEN);

    reply.problem(405);
    assertThat(reply.header(HttpHeaders.ALLOW)).contains("GET").contains("POST");
  }

  @Test
  void unsupportedMediaType_answers415() {
    var reply =
        api.send(
            HttpRequest.POST("/api/v1/clients", "name=Acme").contentType(MediaType.TEXT_PLAIN_TYPE),
            ADMIN_TOKEN);

    reply.problem(415);
  }

  @Test
  void internalError_answersAGeneric500_andIsLogged() {
    var reply = api.send(HttpRequest.GET("/probe/boom"));

    var problem = reply.problem(500);
    assertThat(problem).containsEntry("title", "Internal Server Error");
    assertThat(reply.body()).doesNotContain("hunter2").doesNotContain("IllegalState");
    assertThat(serverLog.list)
        .anySatisfy(
            event -> {
              assertThat(event.getLevel()).isEqualTo(Level.ERROR);
              assertThat(event.getThrowableProxy().getClassName())
                  .isEqualTo(IllegalStateException.class.getName());
            });
  }

  @Test
  void bearerToken_isResolvedToTheUser_offTheEventLoop() {
    var caller = new AtomicReference<Thread>();
    when(accessTokens.authenticate(ADMIN_TOKEN))
        .thenAnswer(
            call -> {
              caller.set(Thread.currentThread());
              return new FakeAccessTokens().authenticate(ADMIN_TOKEN);
            });

    var reply = api.send(HttpRequest.GET("/probe/whoami"), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map())
        .containsEntry("name", "adminuser")
        .containsEntry("userId", ADMIN_ID.toString())
        .containsEntry("role", "ADMIN");
    assertThat(caller.get()).isNotInstanceOf(FastThreadLocalThread.class);
    assertThat(caller.get().getName()).doesNotContainIgnoringCase("eventloop");
  }

  @Test
  void schemeIsCaseInsensitive_andOtherSchemesAreIgnored() {
    var lowerCase =
        api.send(
            HttpRequest.GET("/probe/whoami")
                .header(HttpHeaders.AUTHORIZATION, "bearer " + ADMIN_TOKEN));
    var basic =
        api.send(
            HttpRequest.GET("/probe/whoami")
                .header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4="));

    assertThat(lowerCase.status()).isEqualTo(200);
    basic.problem(401);
    assertThat(basic.header(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
  }

  @Test
  void failingTokenLookUp_answers500_notAnonymousAccess() {
    when(accessTokens.authenticate("crash-token"))
        .thenThrow(new IllegalStateException("connection refused"));

    var reply = api.send(HttpRequest.GET("/probe/whoami"), "crash-token");

    reply.problem(500);
    assertThat(reply.body()).doesNotContain("connection refused");
  }

  @Test
  void securityRuleRejectingAnAuthenticatedUser_answers403() {
    api.send(HttpRequest.GET("/probe/admins-only"), LIMITED_TOKEN).problem(403);
    assertThat(api.send(HttpRequest.GET("/probe/admins-only"), ADMIN_TOKEN).status())
        .isEqualTo(200);
  }

  @Test
  void headRequestForAnUnknownRoute_answers404WithoutBody() {
    var reply = api.send(HttpRequest.HEAD("/api/v1/nothing-here"));

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.body()).isEmpty();
  }

  private static Logger routeExecutorLogger() {
    return (Logger) LoggerFactory.getLogger("io.micronaut.http.server.RouteExecutor");
  }
}
