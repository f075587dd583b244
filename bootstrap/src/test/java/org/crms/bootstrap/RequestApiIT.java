package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client request story end to end: HTTP in, PostgreSQL underneath. */
class RequestApiIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static final String REQUESTS = "/api/v1/requests";
  private static RunningApp app;
  private static String admin;
  private static String limited;
  private static String limitedId;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("requestadmin", PASSWORD, Role.ADMIN);
    app.createUser("requestlimited", PASSWORD, Role.LIMITED);
    admin = app.tokenFor("requestadmin", PASSWORD);
    limited = app.tokenFor("requestlimited", PASSWORD);
    limitedId = idOf(limited);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String idOf(String token) {
    return (String) app.read(app.send("GET", "/api/v1/me", token, null)).get("id");
  }

  private static Map<String, Object> created(String path, Object body) {
    var response = app.send("POST", path, limited, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return app.read(response);
  }

  private static String client(String name) {
    return (String) created("/api/v1/clients", Map.of("name", name)).get("id");
  }

  private static String type(String name) {
    return (String)
        created("/api/v1/request-types", Map.of("name", name, "targetDays", 14)).get("id");
  }

  private static Map<String, Object> open(String client, String type, String title) {
    return open(Map.of("clientId", client, "typeId", type, "title", title));
  }

  private static Map<String, Object> open(Map<String, Object> body) {
    return created(REQUESTS, body);
  }

  private static HttpResponse<String> move(String id, String status) {
    return app.send("POST", REQUESTS + "/" + id + "/status", limited, Map.of("status", status));
  }

  private static String etag(String id) {
    return app.send("GET", REQUESTS + "/" + id, limited, null)
        .headers()
        .firstValue("ETag")
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(HttpResponse<String> list) {
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return (List<Map<String, Object>>) app.read(list).get("items");
  }

  private static List<Object> titles(String query) {
    return items(app.send("GET", REQUESTS + "?" + query, limited, null)).stream()
        .map(i -> i.get("title"))
        .toList();
  }

  @Test
  void a_request_is_opened_worked_through_and_every_move_is_audited() throws SQLException {
    var client = client("Story Client");
    var type = type("Story Type");

    var response =
        app.send(
            "POST",
            REQUESTS,
            limited,
            Map.of("clientId", client, "typeId", type, "title", "Update the plugins"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    var request = app.read(response);
    var id = (String) request.get("id");
    assertThat(response.headers().firstValue("Location")).contains(REQUESTS + "/" + id);
    assertThat(response.headers().firstValue("ETag")).contains("\"0\"");
    assertThat(request)
        .containsEntry("status", "PENDING")
        .containsEntry("statusLabel", "Pending")
        .containsEntry("priority", "NORMAL")
        .containsEntry("dueOn", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString())
        .containsEntry("overdue", false);

    var started = move(id, "IN_PROGRESS");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(app.read(started)).containsEntry("statusLabel", "In Progress");
    assertThat(app.read(started).get("startedAt")).isNotNull();
    var completed = move(id, "COMPLETED");
    assertThat(app.read(completed)).containsEntry("status", "COMPLETED");
    assertThat(app.read(completed).get("completedAt")).isNotNull();

    var illegal = move(id, "PENDING");
    assertThat(illegal.statusCode()).isEqualTo(409);
    assertThat((String) app.read(illegal).get("detail")).contains("Completed").contains("Pending");
    assertThat(move(id, "DONE").statusCode()).isEqualTo(422);

    assertThat(auditOf(id))
        .containsExactly(
            "CREATED",
            "STATUS_CHANGED PENDING->IN_PROGRESS",
            "STATUS_CHANGED IN_PROGRESS->COMPLETED");
  }

  @Test
  void an_edit_needs_the_current_etag_and_an_owner_must_be_an_active_user() {
    var id = (String) open(client("Edit Client"), type("Edit Type"), "Call back").get("id");
    var path = REQUESTS + "/" + id;
    var inactive = inactiveUser();
    var etag = etag(id);
    var edit = new HashMap<String, Object>(app.read(app.send("GET", path, limited, null)));
    edit.put("title", "Call back today");
    edit.put("ownerId", inactive);

    var refused = app.send("PUT", path, limited, edit, "If-Match", etag);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(app.read(refused).get("errors").toString()).contains("ownerId");

    edit.put("ownerId", limitedId);
    var saved = app.send("PUT", path, limited, edit, "If-Match", etag);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(app.read(saved))
        .containsEntry("title", "Call back today")
        .containsEntry("ownerId", limitedId);
    assertThat(saved.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

    assertThat(app.send("PUT", path, limited, edit, "If-Match", etag).statusCode()).isEqualTo(412);
    assertThat(app.send("PUT", path, limited, edit).statusCode()).isEqualTo(428);
  }

  @Test
  void lists_filter_sort_and_page_by_cursor() {
    var client = client("List Client");
    // No target days, so that a request without a due date of its own has none.
    var type = (String) created("/api/v1/request-types", Map.of("name", "List Type")).get("id");
    var yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
    open(
        Map.of(
            "clientId",
            client,
            "typeId",
            type,
            "title",
            "list b",
            "dueOn",
            yesterday,
            "ownerId",
            limitedId));
    open(
        Map.of(
            "clientId",
            client,
            "typeId",
            type,
            "title",
            "list a",
            "priority",
            "URGENT",
            "reference",
            "PAY-777"));
    open(Map.of("clientId", client, "typeId", type, "title", "list c", "dueOn", "2099-01-01"));
    var other = client("Other List Client");
    open(other, type, "list elsewhere");

    var mine = "clientId=" + client;
    assertThat(titles(mine)).containsExactly("list c", "list a", "list b");
    assertThat(titles(mine + "&mine=true")).containsExactly("list b");
    assertThat(titles(mine + "&overdue=true")).containsExactly("list b");
    assertThat(titles(mine + "&unassigned=true&priority=URGENT")).containsExactly("list a");
    assertThat(titles("q=pay-77")).containsExactly("list a");
    assertThat(titles(mine + "&sort=-due")).containsExactly("list c", "list b", "list a");

    var seen = new ArrayList<Object>();
    String cursor = null;
    do {
      var query =
          mine + "&sort=title&limit=2" + (cursor == null ? "" : "&cursor=" + encode(cursor));
      var page = app.send("GET", REQUESTS + "?" + query, limited, null);
      items(page).forEach(i -> seen.add(i.get("title")));
      cursor = (String) app.read(page).get("nextCursor");
    } while (cursor != null);
    assertThat(seen).containsExactly("list a", "list b", "list c");
    assertThat(app.send("GET", REQUESTS + "?sort=sideways", limited, null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void only_an_admin_deletes_and_restores_and_a_client_with_live_requests_stays() {
    var client = client("Trash Client");
    var id = (String) open(client, type("Trash Type"), "Remove me").get("id");
    var path = REQUESTS + "/" + id;

    assertThat(app.send("DELETE", path, limited, null).statusCode()).isEqualTo(403);
    var inUse = app.send("DELETE", "/api/v1/clients/" + client, admin, null);
    assertThat(inUse.statusCode()).isEqualTo(409);
    assertThat((String) app.read(inUse).get("detail")).contains("deactivate it instead");

    assertThat(app.send("DELETE", path, admin, null).statusCode()).isEqualTo(204);
    assertThat(app.send("GET", path, limited, null).statusCode()).isEqualTo(404);
    assertThat(app.send("POST", path + "/restore", limited, null).statusCode()).isEqualTo(403);
    assertThat(app.send("POST", path + "/restore", admin, null).statusCode()).isEqualTo(200);
    assertThat(app.send("GET", path, limited, null).statusCode()).isEqualTo(200);

    app.send("DELETE", path, admin, null);
    assertThat(app.send("DELETE", "/api/v1/clients/" + client, admin, null).statusCode())
        .isEqualTo(204);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_bulk_completion_applies_what_it_can_and_reports_the_refusal() throws SQLException {
    var client = client("Bulk Client");
    var type = type("Bulk Type");
    var first = (String) open(client, type, "bulk one").get("id");
    var pending = (String) open(client, type, "bulk two").get("id");
    var third = (String) open(client, type, "bulk three").get("id");
    move(first, "IN_PROGRESS");
    move(third, "IN_PROGRESS");

    var response =
        app.send(
            "POST",
            REQUESTS + "/bulk",
            limited,
            Map.of("ids", List.of(first, pending, third), "change", Map.of("status", "COMPLETED")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var body = app.read(response);
    assertThat(body.get("applied")).isEqualTo(2);
    var results = (List<Map<String, Object>>) body.get("results");
    assertThat(results)
        .extracting(r -> r.get("outcome"))
        .containsExactly("APPLIED", "REFUSED", "APPLIED");
    assertThat((Map<String, Object>) results.get(1).get("problem"))
        .containsEntry("type", "/problems/conflict");
    assertThat(titles("clientId=" + client + "&status=COMPLETED"))
        .containsExactlyInAnyOrder("bulk one", "bulk three");
    assertThat(auditOf(pending)).containsExactly("CREATED");
    assertThat(auditOf(third)).last().isEqualTo("STATUS_CHANGED IN_PROGRESS->COMPLETED");
  }

  /** A user who exists but whose account an admin deactivated. */
  private static String inactiveUser() {
    var username = "inactive" + System.nanoTime() % 100_000;
    app.createUser(username, PASSWORD, Role.LIMITED);
    var id = idOf(app.tokenFor(username, PASSWORD));
    var deactivated = app.send("POST", "/api/v1/users/" + id + "/deactivate", admin, null);
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
    return id;
  }

  /** The request's audit trail, oldest first: each action, with the statuses of a move. */
  private static List<String> auditOf(String requestId) throws SQLException {
    var sql =
        "select action, changes from audit_event where item_type = 'REQUEST' and item_id = ?::uuid"
            + " order by occurred_at, action";
    var found = new ArrayList<String>();
    try (var connection = app.database.connect();
        var statement = connection.prepareStatement(sql)) {
      statement.setString(1, requestId);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(describe(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return found;
  }

  private static String describe(String action, String changes) {
    if (!action.equals("STATUS_CHANGED")) {
      return action;
    }
    var from = changes.replaceAll(".*\"old\": \"([A-Z_]+)\".*", "$1");
    var to = changes.replaceAll(".*\"new\": \"([A-Z_]+)\".*", "$1");
    return action + " " + from + "->" + to;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
