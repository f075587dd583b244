package org.crms.adapters.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.client.ClientTestData.ACME_ID;
import static org.crms.adapters.web.client.ClientTestData.acme;
import static org.crms.adapters.web.client.ClientTestData.bare;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.adapters.web.security.CsrfTokens;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.client.CreateClientUseCase;
import org.crms.application.port.in.client.DeleteClientCommand;
import org.crms.application.port.in.client.DeleteClientUseCase;
import org.crms.application.port.in.client.GetClientUseCase;
import org.crms.application.port.in.client.ListClientsUseCase;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.application.port.in.client.UpdateClientUseCase;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSRF protection on real state-changing routes: a request authenticated by the session cookie
 * changes nothing without its session's token; a bearer-token request needs none.
 */
@MicronautTest
class ClientControllerCsrfTest {
  private static final String URL = "/api/v1/clients";
  private static final String ADMIN_CSRF = CsrfTokens.forSession(ADMIN_TOKEN);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject GetClientUseCase getClient;
  @Inject CreateClientUseCase createClient;
  @Inject UpdateClientUseCase updateClient;
  @Inject DeleteClientUseCase deleteClient;
  @Inject RestoreClientUseCase restoreClient;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void theSessionCookie_authenticatesAGet_withoutAnyToken() {
    when(getClient.get(any())).thenReturn(acme(3));

    var reply = api.send(HttpRequest.GET(URL + "/" + ACME_ID).cookie(session(ADMIN_TOKEN)));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsEntry("name", "Acme Ltd");
  }

  @Test
  void withoutTheToken_postPutPatchAndDelete_areRefused_andChangeNothing() {
    var post = api.send(create().cookie(session(ADMIN_TOKEN)));
    var put = api.send(update().cookie(session(ADMIN_TOKEN)));
    var patch = api.send(HttpRequest.PATCH(URL + "/" + ACME_ID, "{}").cookie(session(ADMIN_TOKEN)));
    var delete = api.send(delete().cookie(session(ADMIN_TOKEN)));
    var restore = api.send(restore().cookie(session(ADMIN_TOKEN)));

    for (var reply : new TestApi.Reply[] {post, put, patch, delete, restore}) {
      var problem = reply.problem(403);
      assertThat(problem).containsEntry("type", "/problems/csrf");
      assertThat((String) problem.get("detail")).contains("CSRF token");
    }
    verifyNoInteractions(createClient, updateClient, deleteClient, restoreClient);
  }

  @Test
  void aWrongToken_isRefused() {
    var otherSessions = CsrfTokens.forSession(LIMITED_TOKEN);

    var post = api.send(create().cookie(session(ADMIN_TOKEN)).header(CsrfTokens.HEADER, "x"));
    var put =
        api.send(update().cookie(session(ADMIN_TOKEN)).header(CsrfTokens.HEADER, otherSessions));
    var delete =
        api.send(delete().cookie(session(ADMIN_TOKEN)).header(CsrfTokens.HEADER, ADMIN_TOKEN));

    for (var reply : new TestApi.Reply[] {post, put, delete}) {
      assertThat(reply.problem(403)).containsEntry("type", "/problems/csrf");
    }
    verifyNoInteractions(createClient, updateClient, deleteClient);
  }

  @Test
  void theRightToken_inTheHeader_letsTheChangeThrough() {
    when(createClient.create(any())).thenReturn(bare("Newco"));
    when(updateClient.update(any())).thenReturn(acme(4));

    var post =
        api.send(create().cookie(session(ADMIN_TOKEN)).header(CsrfTokens.HEADER, ADMIN_CSRF));
    var put = api.send(update().cookie(session(ADMIN_TOKEN)).header(CsrfTokens.HEADER, ADMIN_CSRF));
    var delete =
        api.send(delete().cookie(session(ADMIN_TOKEN)).header(CsrfTokens.HEADER, ADMIN_CSRF));

    assertThat(post.status()).isEqualTo(201);
    assertThat(put.status()).isEqualTo(200);
    assertThat(delete.status()).isEqualTo(204);
    verify(deleteClient).delete(new DeleteClientCommand(new Actor(ADMIN_ID, Role.ADMIN), ACME_ID));
  }

  @Test
  void aBearerToken_needsNoCsrfToken_evenNextToASessionCookie() {
    when(createClient.create(any())).thenReturn(bare("Newco"));

    var bearer = api.send(create(), ADMIN_TOKEN);
    var bearerAndCookie = api.send(delete().cookie(session(LIMITED_TOKEN)), ADMIN_TOKEN);

    assertThat(bearer.status()).isEqualTo(201);
    assertThat(bearerAndCookie.status()).isEqualTo(204);
    verify(deleteClient).delete(new DeleteClientCommand(new Actor(ADMIN_ID, Role.ADMIN), ACME_ID));
  }

  @Test
  void anUnknownOrExpiredSessionCookie_authenticatesNothing_401() {
    var reply = api.send(delete().cookie(session("crms_expired")));

    reply.problem(401);
    verifyNoInteractions(deleteClient);
  }

  @Test
  void aGet_toAStateChangingRoute_neverChangesState() {
    var restoreByGet =
        api.send(HttpRequest.GET(URL + "/" + ACME_ID + "/restore").cookie(session(ADMIN_TOKEN)));

    assertThat(restoreByGet.status()).isIn(404, 405);
    verifyNoInteractions(restoreClient);
  }

  private static MutableHttpRequest<?> create() {
    return HttpRequest.POST(URL, Map.of("name", "Newco"));
  }

  private static MutableHttpRequest<?> update() {
    return HttpRequest.PUT(URL + "/" + ACME_ID, Map.of("name", "Acme Ltd"))
        .header(HttpHeaders.IF_MATCH, "\"3\"");
  }

  private static MutableHttpRequest<?> delete() {
    return HttpRequest.DELETE(URL + "/" + ACME_ID);
  }

  private static MutableHttpRequest<?> restore() {
    return HttpRequest.POST(URL + "/" + ACME_ID + "/restore", "");
  }

  private static Cookie session(String secret) {
    return Cookie.of("crms_session", secret);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListClientsUseCase.class)
  ListClientsUseCase listClients() {
    return mock(ListClientsUseCase.class);
  }

  @MockBean(GetClientUseCase.class)
  GetClientUseCase getClient() {
    return mock(GetClientUseCase.class);
  }

  @MockBean(CreateClientUseCase.class)
  CreateClientUseCase createClient() {
    return mock(CreateClientUseCase.class);
  }

  @MockBean(UpdateClientUseCase.class)
  UpdateClientUseCase updateClient() {
    return mock(UpdateClientUseCase.class);
  }

  @MockBean(DeleteClientUseCase.class)
  DeleteClientUseCase deleteClient() {
    return mock(DeleteClientUseCase.class);
  }

  @MockBean(RestoreClientUseCase.class)
  RestoreClientUseCase restoreClient() {
    return mock(RestoreClientUseCase.class);
  }
}
