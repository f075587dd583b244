package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.micronaut.web.router.Router;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.crms.application.port.in.user.CreateUserCommand;
import org.crms.application.port.in.user.CreateUserUseCase;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what, for every route under {@code /api/} the running application serves, as every
 * kind of caller: anonymous, a LIMITED user, an ADMIN, a user deactivated after their token was
 * issued, and a session token after logout. The routes come from the application's router, so a new
 * endpoint that {@link #TABLE} does not classify fails the build instead of escaping the matrix; a
 * route the table names but nobody serves fails too.
 *
 * <p>Every refused call (401 or 403) must also leave the database as it was. Each cell prepares its
 * own targets (a fresh client, a fresh user, a fresh token), so that an admin's delete,
 * deactivation or role change in one cell cannot spoil another.
 */
class AuthorizationMatrixIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private static RunningApp app;
  private static final String REQUESTS = "/api/v1/requests";

  /** The client and type of the requests made for cells, made on first use. */
  private static String requestClient;

  private static String requestType;
  private static final Map<Caller, Identity> identities = new LinkedHashMap<>();

  /** A user whose credentials the public login route is called with; never changed. */
  private static final String LOGIN_USER = "login.user";

  private static final String CLIENTS = "/api/v1/clients";
  private static final String REQUEST_TYPES = "/api/v1/request-types";
  private static final String CONTACT_RECORDS = "/api/v1/contact-records";

  /** A live personal token of the user whose session was logged out, for DELETE /tokens/{id}. */
  private static UUID revokedUsersLiveTokenId;

  /** What a route demands of its caller. */
  enum Access {
    /** Anyone, also without a token. */
    PUBLIC,
    /** Any active user with a valid token. */
    AUTHENTICATED,
    /** Only an active ADMIN; the domain refuses LIMITED users. */
    ADMIN_ONLY
  }

  /** The kinds of caller every route is tried with. */
  enum Caller {
    ANONYMOUS,
    DISABLED,
    REVOKED,
    LIMITED,
    ADMIN
  }

  /**
   * A caller: their user (none when anonymous) and the token they send (none when anonymous).
   *
   * @param token the bearer token sent; for DISABLED and REVOKED one that worked before
   */
  record Identity(Caller caller, String username, UUID userId, String token) {}

  /** One HTTP request, ready to send. */
  record Call(String method, String path, String token, Object body, String... headers) {}

  /** Makes the request for one cell, preparing whatever it acts on before the snapshot. */
  @FunctionalInterface
  interface Scenario {
    Call prepare(String method, Identity who);
  }

  record Route(String method, String template, Access access, Scenario scenario) {
    String key() {
      return method + " " + template;
    }
  }

  /** Every route under /api/ the application must serve, how it is protected, how to call it. */
  private static final Map<String, Route> TABLE =
      Stream.of(
              // Public: sign up and log in.
              route(
                  "POST",
                  "/api/v1/auth/token",
                  Access.PUBLIC,
                  (method, who) ->
                      call(
                          method,
                          "/api/v1/auth/token",
                          who,
                          Map.of("username", LOGIN_USER, "password", PASSWORD))),
              route(
                  "POST",
                  "/api/v1/auth/register",
                  Access.PUBLIC,
                  (method, who) -> {
                    var username = "reg" + next();
                    return call(
                        method,
                        "/api/v1/auth/register",
                        who,
                        Map.of(
                            "username",
                            username,
                            "email",
                            username + "@example.org",
                            "password",
                            PASSWORD,
                            "passwordConfirmation",
                            PASSWORD));
                  }),
              // Public: the API's own documentation, its browse page and the page's files.
              route(
                  "GET HEAD",
                  "/api/v1/openapi.yml",
                  Access.PUBLIC,
                  (method, who) -> call(method, "/api/v1/openapi.yml", who, null)),
              route(
                  "GET HEAD",
                  "/api/docs",
                  Access.PUBLIC,
                  (method, who) -> call(method, "/api/docs", who, null)),
              route(
                  "GET HEAD",
                  "/api/docs/assets/{name}",
                  Access.PUBLIC,
                  (method, who) -> call(method, "/api/docs/assets/api-docs.js", who, null)),
              // Any active user: their own account, session and tokens.
              route(
                  "POST",
                  "/api/v1/auth/logout",
                  Access.AUTHENTICATED,
                  // A valid caller logs out a session of their own made for this cell, so that
                  // their identity's token keeps working for the cells after.
                  (method, who) ->
                      new Call(method, "/api/v1/auth/logout", sessionToLogOut(who), null)),
              route(
                  "GET HEAD",
                  "/api/v1/me",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, "/api/v1/me", who, null)),
              route(
                  "GET HEAD",
                  "/api/v1/team",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, "/api/v1/team", who, null)),
              // Only a browser session has a CSRF token, so the caller's secret goes in the session
              // cookie here, as a browser sends it.
              route(
                  "GET HEAD",
                  "/api/v1/me/csrf-token",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      who.token() == null
                          ? new Call(method, "/api/v1/me/csrf-token", null, null)
                          : new Call(
                              method,
                              "/api/v1/me/csrf-token",
                              null,
                              null,
                              "Cookie",
                              "crms_session=" + who.token())),
              route(
                  "GET HEAD",
                  "/api/v1/tokens",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, "/api/v1/tokens", who, null)),
              route(
                  "POST",
                  "/api/v1/tokens",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(
                          method,
                          "/api/v1/tokens",
                          who,
                          Map.of("name", "matrix token " + next(), "validDays", 30))),
              route(
                  "DELETE",
                  "/api/v1/tokens/{id}",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(method, "/api/v1/tokens/" + liveTokenToRevoke(who), who, null)),
              // Any active user: clients.
              route(
                  "GET HEAD",
                  "/api/v1/clients",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, "/api/v1/clients", who, null)),
              route(
                  "GET HEAD",
                  "/api/v1/clients/{id}",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, "/api/v1/clients/" + newClient(), who, null)),
              route(
                  "POST",
                  "/api/v1/clients",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(
                          method,
                          "/api/v1/clients",
                          who,
                          Map.of("name", "Matrix New " + next(), "email", "office@example.com"))),
              route(
                  "PUT",
                  "/api/v1/clients/{id}",
                  Access.AUTHENTICATED,
                  (method, who) -> {
                    var id = newClient();
                    return call(
                        method,
                        "/api/v1/clients/" + id,
                        who,
                        Map.of("name", "Matrix Renamed " + next(), "phone", "+44 20 7946 0000"),
                        "If-Match",
                        etagOf(CLIENTS, id));
                  }),
              // Admins only: the trash.
              route(
                  "DELETE",
                  "/api/v1/clients/{id}",
                  Access.ADMIN_ONLY,
                  (method, who) -> call(method, "/api/v1/clients/" + newClient(), who, null)),
              route(
                  "POST",
                  "/api/v1/clients/{id}/restore",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(method, "/api/v1/clients/" + deletedClient() + "/restore", who, null)),
              // Any active user: request types; admins only: their trash.
              route(
                  "GET HEAD",
                  REQUEST_TYPES,
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, REQUEST_TYPES, who, null)),
              route(
                  "GET HEAD",
                  REQUEST_TYPES + "/{id}",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, REQUEST_TYPES + "/" + newRequestType(), who, null)),
              route(
                  "POST",
                  REQUEST_TYPES,
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(
                          method, REQUEST_TYPES, who, Map.of("name", "Matrix New Type " + next()))),
              route(
                  "PUT",
                  REQUEST_TYPES + "/{id}",
                  Access.AUTHENTICATED,
                  (method, who) -> {
                    var id = newRequestType();
                    return call(
                        method,
                        REQUEST_TYPES + "/" + id,
                        who,
                        Map.of("name", "Matrix Renamed Type " + next(), "targetDays", 9),
                        "If-Match",
                        etagOf(REQUEST_TYPES, id));
                  }),
              route(
                  "DELETE",
                  REQUEST_TYPES + "/{id}",
                  Access.ADMIN_ONLY,
                  (method, who) -> call(method, REQUEST_TYPES + "/" + newRequestType(), who, null)),
              route(
                  "POST",
                  REQUEST_TYPES + "/{id}/restore",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(
                          method,
                          REQUEST_TYPES
                              + "/"
                              + deleted(REQUEST_TYPES, newRequestType())
                              + "/restore",
                          who,
                          null)),
              // Any active user: client requests, their workflow and bulk edits; admins only: the
              // trash.
              route(
                  "GET HEAD",
                  REQUESTS,
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, REQUESTS + "?sort=-due&status=PENDING", who, null)),
              route(
                  "GET HEAD",
                  REQUESTS + "/{id}",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, REQUESTS + "/" + newRequest(), who, null)),
              route(
                  "POST",
                  REQUESTS,
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, REQUESTS, who, requestBody("Matrix New Request"))),
              route(
                  "PUT",
                  REQUESTS + "/{id}",
                  Access.AUTHENTICATED,
                  (method, who) -> {
                    var id = newRequest();
                    return call(
                        method,
                        REQUESTS + "/" + id,
                        who,
                        requestBody("Matrix Renamed Request " + next()),
                        "If-Match",
                        etagOf(REQUESTS, id));
                  }),
              route(
                  "POST",
                  REQUESTS + "/{id}/status",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(
                          method,
                          REQUESTS + "/" + newRequest() + "/status",
                          who,
                          Map.of("status", "IN_PROGRESS"))),
              route(
                  "POST",
                  REQUESTS + "/bulk",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(
                          method,
                          REQUESTS + "/bulk",
                          who,
                          Map.of(
                              "ids",
                              List.of(newRequest(), newRequest()),
                              "change",
                              Map.of("priority", "HIGH")))),
              route(
                  "DELETE",
                  REQUESTS + "/{id}",
                  Access.ADMIN_ONLY,
                  (method, who) -> call(method, REQUESTS + "/" + newRequest(), who, null)),
              route(
                  "POST",
                  REQUESTS + "/{id}/restore",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(
                          method,
                          REQUESTS + "/" + deleted(REQUESTS, newRequest()) + "/restore",
                          who,
                          null)),
              // Any active user: contact records; admins only: their trash.
              route(
                  "GET HEAD",
                  CONTACT_RECORDS,
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, CONTACT_RECORDS + "?sort=lastName", who, null)),
              route(
                  "GET HEAD",
                  CONTACT_RECORDS + "/{id}",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(method, CONTACT_RECORDS + "/" + newContactRecord(), who, null)),
              route(
                  "POST",
                  CONTACT_RECORDS,
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, CONTACT_RECORDS, who, contactRecord())),
              route(
                  "PUT",
                  CONTACT_RECORDS + "/{id}",
                  Access.AUTHENTICATED,
                  (method, who) -> {
                    var id = newContactRecord();
                    return call(
                        method,
                        CONTACT_RECORDS + "/" + id,
                        who,
                        contactRecord(),
                        "If-Match",
                        etagOf(CONTACT_RECORDS, id));
                  }),
              route(
                  "DELETE",
                  CONTACT_RECORDS + "/{id}",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(method, CONTACT_RECORDS + "/" + newContactRecord(), who, null)),
              route(
                  "POST",
                  CONTACT_RECORDS + "/{id}/restore",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(
                          method,
                          CONTACT_RECORDS
                              + "/"
                              + deleted(CONTACT_RECORDS, newContactRecord())
                              + "/restore",
                          who,
                          null)),
              // Any active user: the history of records; admins only: a user's history and the
              // global audit log. Requests and contact records have their own API elsewhere, so
              // their history is of an id the audit trail knows from one event.
              route(
                  "GET HEAD",
                  CLIENTS + "/{id}/history",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(method, CLIENTS + "/" + newClient() + "/history", who, null)),
              route(
                  "GET HEAD",
                  REQUEST_TYPES + "/{id}/history",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(method, REQUEST_TYPES + "/" + newRequestType() + "/history", who, null)),
              route(
                  "GET HEAD",
                  "/api/v1/requests/{id}/history",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(
                          method,
                          "/api/v1/requests/" + auditedItem(ItemType.REQUEST) + "/history",
                          who,
                          null)),
              route(
                  "GET HEAD",
                  "/api/v1/contact-records/{id}/history",
                  Access.AUTHENTICATED,
                  (method, who) ->
                      call(
                          method,
                          "/api/v1/contact-records/"
                              + auditedItem(ItemType.CONTACT_RECORD)
                              + "/history",
                          who,
                          null)),
              route(
                  "GET HEAD",
                  "/api/v1/users/{id}/history",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(method, "/api/v1/users/" + newLimitedUser() + "/history", who, null)),
              route(
                  "GET HEAD",
                  "/api/v1/audit",
                  Access.ADMIN_ONLY,
                  (method, who) -> call(method, "/api/v1/audit?limit=5", who, null)),
              // Any active user: search and the dashboard; admins only: the trash. All read only.
              route(
                  "GET HEAD",
                  "/api/v1/search",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, "/api/v1/search?q=matrix", who, null)),
              route(
                  "GET HEAD",
                  "/api/v1/dashboard",
                  Access.AUTHENTICATED,
                  (method, who) -> call(method, "/api/v1/dashboard", who, null)),
              route(
                  "GET HEAD",
                  "/api/v1/trash",
                  Access.ADMIN_ONLY,
                  (method, who) -> call(method, "/api/v1/trash", who, null)),
              // Admins only: user administration, always of a LIMITED user made for the cell.
              route(
                  "GET HEAD",
                  "/api/v1/users",
                  Access.ADMIN_ONLY,
                  (method, who) -> call(method, "/api/v1/users", who, null)),
              route(
                  "POST",
                  "/api/v1/users/{id}/activate",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(
                          method,
                          "/api/v1/users/" + deactivated(newLimitedUser()) + "/activate",
                          who,
                          null)),
              route(
                  "POST",
                  "/api/v1/users/{id}/deactivate",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(method, "/api/v1/users/" + newLimitedUser() + "/deactivate", who, null)),
              route(
                  "PUT",
                  "/api/v1/users/{id}/role",
                  Access.ADMIN_ONLY,
                  (method, who) ->
                      call(
                          method,
                          "/api/v1/users/" + newLimitedUser() + "/role",
                          who,
                          Map.of("role", "ADMIN"))))
          .flatMap(routes -> routes)
          .collect(
              Collectors.toMap(
                  Route::key,
                  r -> r,
                  (a, b) -> {
                    throw new IllegalStateException("classified twice: " + a.key());
                  },
                  LinkedHashMap::new));

  @BeforeAll
  static void start() {
    app = RunningApp.start();

    var admin = createUser("matrix.admin", Role.ADMIN);
    identities.put(Caller.ANONYMOUS, new Identity(Caller.ANONYMOUS, null, null, null));
    identities.put(
        Caller.ADMIN,
        new Identity(Caller.ADMIN, "matrix.admin", admin, app.tokenFor("matrix.admin", PASSWORD)));
    identities.put(Caller.LIMITED, registered(Caller.LIMITED, "limited.user"));
    createUser(LOGIN_USER, Role.LIMITED);

    // A token that worked, of a user an admin then deactivated.
    var disabled = registered(Caller.DISABLED, "disabled.user");
    var deactivation =
        app.send("POST", "/api/v1/users/" + disabled.userId() + "/deactivate", adminToken(), null);
    assertThat(deactivation.statusCode()).as(deactivation.body()).isEqualTo(200);
    identities.put(Caller.DISABLED, disabled);

    // A session token that worked, after its owner logged it out; their personal token lives on.
    var revoked = registered(Caller.REVOKED, "revoked.user");
    revokedUsersLiveTokenId = personalTokenOf(revoked.token());
    var logout = app.send("POST", "/api/v1/auth/logout", revoked.token(), null);
    assertThat(logout.statusCode()).as(logout.body()).isEqualTo(204);
    identities.put(Caller.REVOKED, revoked);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void every_served_api_route_is_classified() {
    assertThat(servedApiRoutes())
        .as("routes the application serves that the matrix does not classify; add them to TABLE")
        .isSubsetOf(TABLE.keySet());
  }

  @Test
  void every_classified_route_is_served() {
    assertThat(TABLE.keySet())
        .as("routes the matrix classifies that the application no longer serves")
        .isSubsetOf(servedApiRoutes());
  }

  /** One container per served route, one test per caller; unclassified routes fail. */
  @TestFactory
  Stream<DynamicNode> every_api_route_as_every_caller() {
    return servedApiRoutes().stream()
        .map(
            key -> {
              var route = TABLE.get(key);
              if (route == null) {
                return dynamicTest(
                    key + " is classified",
                    () -> fail("%s is served but not classified in the matrix", key));
              }
              return cellsOf(route);
            });
  }

  private static DynamicContainer cellsOf(Route route) {
    return dynamicContainer(
        "[" + route.access() + "] " + route.key(),
        Arrays.stream(Caller.values())
            .map(
                caller -> {
                  var expected = expected(route.access(), caller);
                  return dynamicTest(
                      "as " + caller + " → " + describe(expected), () -> cell(route, caller));
                }));
  }

  /** The status a refused call gets, or 0 when the caller is allowed. */
  static int expected(Access access, Caller caller) {
    if (access == Access.PUBLIC) {
      return 0;
    }
    return switch (caller) {
      case ANONYMOUS, DISABLED, REVOKED -> 401;
      case LIMITED -> access == Access.ADMIN_ONLY ? 403 : 0;
      case ADMIN -> 0;
    };
  }

  private static String describe(int expected) {
    return expected == 0 ? "allowed" : String.valueOf(expected);
  }

  private static void cell(Route route, Caller caller) throws SQLException {
    var expected = expected(route.access(), caller);
    var call = route.scenario().prepare(route.method(), identities.get(caller));
    var before = Snapshot.of(app);
    var response = app.send(call.method(), call.path(), call.token(), call.body(), call.headers());
    var after = Snapshot.of(app);
    var status = response.statusCode();
    var what = call.method() + " " + call.path() + " as " + caller + " answered " + status;

    var softly = new SoftAssertions();
    if (expected != 0) {
      softly.assertThat(status).as(what + ": " + response.body()).isEqualTo(expected);
    } else {
      softly.assertThat(status).as(what + ": must be neither 401 nor 403").isNotIn(401, 403);
      softly
          .assertThat(status)
          .as(what + ": the request is valid, so an allowed caller succeeds: " + response.body())
          .isBetween(200, 299);
    }
    if (expected != 0 || status == 401 || status == 403) {
      softly.assertThat(after).as(what + ": a refused call changes nothing").isEqualTo(before);
    }
    softly.assertAll();
  }

  /** "METHOD /template" of every route under /api/ the running application's router serves. */
  private static Set<String> servedApiRoutes() {
    var router = app.server.getApplicationContext().getBean(Router.class);
    return router
        .uriRoutes()
        .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
        .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  // ---- the table's building blocks ----

  /**
   * The routes of one template, one per method. Micronaut answers HEAD for every GET route by
   * running the GET method without sending the body, so those routes are classified (and tried)
   * like their GET: {@code "GET HEAD"}.
   */
  private static Stream<Route> route(
      String methods, String template, Access access, Scenario scenario) {
    return Arrays.stream(methods.split(" "))
        .map(method -> new Route(method, template, access, scenario));
  }

  private static Call call(
      String method, String path, Identity who, Object body, String... headers) {
    return new Call(method, path, who.token(), body, headers);
  }

  private static int next() {
    return SEQUENCE.incrementAndGet();
  }

  // ---- fixtures, made through the application's API and use cases before each snapshot ----

  private static String adminToken() {
    return identities.get(Caller.ADMIN).token();
  }

  private static UUID createUser(String username, Role role) {
    var user =
        app.server
            .getApplicationContext()
            .getBean(CreateUserUseCase.class)
            .create(new CreateUserCommand(username, username + "@example.org", PASSWORD, role));
    return user.id().value();
  }

  /** A user who signed up, logged in, and whose token is proven to work. */
  private static Identity registered(Caller caller, String username) {
    var response =
        app.send(
            "POST",
            "/api/v1/auth/register",
            null,
            Map.of(
                "username",
                username,
                "email",
                username + "@example.org",
                "password",
                PASSWORD,
                "passwordConfirmation",
                PASSWORD));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    var token = app.tokenFor(username, PASSWORD);
    var me = app.send("GET", "/api/v1/me", token, null);
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(app.read(me).get("role")).isEqualTo("LIMITED");
    return new Identity(caller, username, UUID.fromString((String) app.read(me).get("id")), token);
  }

  private static UUID newLimitedUser() {
    return createUser("target" + next(), Role.LIMITED);
  }

  private static UUID deactivated(UUID userId) {
    expectStatus(
        app.send("POST", "/api/v1/users/" + userId + "/deactivate", adminToken(), null), 200);
    return userId;
  }

  private static String newClient() {
    return created(
        CLIENTS, Map.of("name", "Matrix Client " + next(), "email", "office@example.com"));
  }

  private static String deletedClient() {
    return deleted(CLIENTS, newClient());
  }

  private static String newRequestType() {
    return created(REQUEST_TYPES, Map.of("name", "Matrix Type " + next(), "targetDays", 5));
  }

  /** A valid contact, made in the past, with a payment reference no other cell uses. */
  private static Map<String, Object> contactRecord() {
    return Map.of(
        "paymentReference",
        "MATRIX-" + next(),
        "firstName",
        "Ada",
        "lastName",
        "Lovelace",
        "method",
        "PHONE",
        "contactedAt",
        "2026-01-05T09:00:00Z",
        "outcome",
        "CONTACT_SUCCESSFUL",
        "notes",
        "Called about the rejected payment.");
  }

  private static String newContactRecord() {
    return created(CONTACT_RECORDS, contactRecord());
  }

  /** A pending request of the matrix's client and type. */
  private static String newRequest() {
    return created(REQUESTS, requestBody("Matrix Request " + next()));
  }

  private static Map<String, Object> requestBody(String title) {
    if (requestClient == null) {
      requestClient = newClient();
      requestType = newRequestType();
    }
    return Map.of("clientId", requestClient, "typeId", requestType, "title", title);
  }

  /** Makes an item of the collection as an admin and returns its id. */
  private static String created(String collection, Map<String, Object> body) {
    var response = app.send("POST", collection, adminToken(), body);
    expectStatus(response, 201);
    return (String) app.read(response).get("id");
  }

  /** Moves the item to the trash as an admin and returns its id. */
  private static String deleted(String collection, String id) {
    expectStatus(app.send("DELETE", collection + "/" + id, adminToken(), null), 204);
    return id;
  }

  /** An id the audit trail knows from one event, for items whose own API lives elsewhere. */
  private static UUID auditedItem(ItemType type) {
    var id = UUID.randomUUID();
    var context = app.server.getApplicationContext();
    var trail = context.getBean(AuditTrail.class);
    context
        .getBean(UnitOfWork.class)
        .inTransaction(
            () -> {
              trail.append(
                  AuditEvent.of(null, Instant.now(), AuditAction.CREATED, type, id, List.of()));
              return id;
            });
    return id;
  }

  private static String etagOf(String collection, String id) {
    var response = app.send("GET", collection + "/" + id, adminToken(), null);
    expectStatus(response, 200);
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static UUID personalTokenOf(String token) {
    var response =
        app.send(
            "POST", "/api/v1/tokens", token, Map.of("name", "matrix " + next(), "validDays", 30));
    expectStatus(response, 201);
    return UUID.fromString((String) app.read(response).get("id"));
  }

  /**
   * A live personal token for DELETE /tokens/{id}: the caller's own when they have a valid token,
   * the logged-out user's own for REVOKED, and otherwise one of the LIMITED user's.
   */
  private static UUID liveTokenToRevoke(Identity who) {
    return switch (who.caller()) {
      case LIMITED, ADMIN -> personalTokenOf(who.token());
      case REVOKED -> revokedUsersLiveTokenId;
      case ANONYMOUS, DISABLED -> personalTokenOf(identities.get(Caller.LIMITED).token());
    };
  }

  /** A fresh session of a valid caller, or the caller's own (absent, disabled, revoked) token. */
  private static String sessionToLogOut(Identity who) {
    return switch (who.caller()) {
      case LIMITED, ADMIN -> app.tokenFor(who.username(), PASSWORD);
      case ANONYMOUS, DISABLED, REVOKED -> who.token();
    };
  }

  private static void expectStatus(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as("fixture %s: %s", response.request().uri(), response.body())
        .isEqualTo(status);
  }

  /**
   * What a refused call must not change: the row counts of the account, client, request, token and
   * audit tables, a checksum over every column of every client, request and user row, and one over
   * what a token is (owner, kind, name, validity, revocation). A token's last use is left out:
   * authenticating a caller may record it, and that is no change the caller made.
   */
  record Snapshot(
      long clients,
      long requests,
      long users,
      long tokens,
      long auditEvents,
      String clientRows,
      String requestRows,
      String userRows,
      String tokenRows) {
    private static final String QUERY =
        """
        select (select count(*) from client),
               (select count(*) from client_request),
               (select count(*) from app_user),
               (select count(*) from access_token),
               (select count(*) from audit_event),
               (select md5(coalesce(string_agg(c::text, E'\\n' order by c.id), '')) from client c),
               (select md5(coalesce(string_agg(r::text, E'\\n' order by r.id), ''))
                  from client_request r),
               (select md5(coalesce(string_agg(u::text, E'\\n' order by u.id), '')) from app_user u),
               (select md5(coalesce(string_agg(
                         row(t.id, t.user_id, t.kind, t.name, t.issued_at, t.expires_at,
                             t.revoked_at)::text, E'\\n' order by t.id), ''))
                  from access_token t)
        """;

    static Snapshot of(RunningApp app) throws SQLException {
      try (var connection = app.database.connect();
          var statement = connection.prepareStatement(QUERY);
          var rows = statement.executeQuery()) {
        rows.next();
        return new Snapshot(
            rows.getLong(1),
            rows.getLong(2),
            rows.getLong(3),
            rows.getLong(4),
            rows.getLong(5),
            rows.getString(6),
            rows.getString(7),
            rows.getString(8),
            rows.getString(9));
      }
    }
  }
}
