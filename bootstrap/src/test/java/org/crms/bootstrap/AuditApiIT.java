package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading the audit trail end to end: an item's history for everyone, the global log for admins.
 */
class AuditApiIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static final String CLIENTS = "/api/v1/clients";
  private static RunningApp app;
  private static String admin;
  private static String limited;
  private static String limitedId;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("auditadmin", PASSWORD, Role.ADMIN);
    app.createUser("auditlimited", PASSWORD, Role.LIMITED);
    admin = app.tokenFor("auditadmin", PASSWORD);
    limited = app.tokenFor("auditlimited", PASSWORD);
    limitedId = (String) app.read(app.send("GET", "/api/v1/me", limited, null)).get("id");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void changes_to_a_client_show_in_its_history_newest_first_with_every_changed_field() {
    var id = createClient("History Ltd");
    rename(id, "History Group", "office@history.example");
    expect(app.send("DELETE", CLIENTS + "/" + id, admin, null), 204);

    var history = expect(app.send("GET", CLIENTS + "/" + id + "/history", limited, null), 200);

    var items = items(history);
    assertThat(items)
        .extracting(e -> e.get("action"))
        .containsExactly("DELETED", "UPDATED", "CREATED");
    assertThat(items).extracting(e -> e.get("itemType")).containsOnly("CLIENT");
    assertThat(items).extracting(e -> e.get("itemId")).containsOnly(id);
    assertThat(items.get(0).get("actor"))
        .isEqualTo(Map.of("id", adminId(), "username", "auditadmin"));
    assertThat(items.get(1).get("actor"))
        .isEqualTo(Map.of("id", limitedId, "username", "auditlimited"));
    assertThat(items.get(1).get("changes"))
        .isEqualTo(
            List.of(
                change("name", "History Ltd", "History Group"),
                change("email", "office@example.com", "office@history.example")));
    assertThat(instants(items)).isSortedAccordingTo((a, b) -> b.compareTo(a));

    var first =
        expect(app.send("GET", CLIENTS + "/" + id + "/history?limit=2", limited, null), 200);
    var cursor = (String) app.read(first).get("nextCursor");
    var rest =
        expect(
            app.send("GET", CLIENTS + "/" + id + "/history?cursor=" + cursor, limited, null), 200);
    assertThat(items(first)).extracting(e -> e.get("action")).containsExactly("DELETED", "UPDATED");
    assertThat(items(rest)).extracting(e -> e.get("action")).containsExactly("CREATED");
    assertThat(app.read(rest).get("nextCursor")).isNull();
  }

  @Test
  void a_limited_user_reads_a_clients_history_but_neither_a_users_history_nor_the_global_log() {
    var id = createClient("Visible History Co");

    expect(app.send("GET", CLIENTS + "/" + id + "/history", limited, null), 200);
    expect(app.send("GET", "/api/v1/users/" + limitedId + "/history", limited, null), 403);
    expect(app.send("GET", "/api/v1/users/" + UUID.randomUUID() + "/history", limited, null), 403);
    expect(app.send("GET", "/api/v1/audit", limited, null), 403);
    var users =
        expect(app.send("GET", "/api/v1/users/" + limitedId + "/history", admin, null), 200);
    assertThat(items(users))
        .extracting(e -> e.get("action"))
        .contains("LOGIN_SUCCEEDED", "CREATED");
    expect(app.send("GET", "/api/v1/audit", admin, null), 200);
  }

  @Test
  void an_id_without_history_is_not_found_and_malformed_parameters_are_bad_requests() {
    expect(app.send("GET", CLIENTS + "/" + UUID.randomUUID() + "/history", limited, null), 404);
    expect(
        app.send("GET", "/api/v1/requests/" + UUID.randomUUID() + "/history", limited, null), 404);
    expect(app.send("GET", "/api/v1/audit?action=EXPLODED", admin, null), 400);
    expect(app.send("GET", "/api/v1/audit?from=yesterday", admin, null), 400);
    expect(app.send("GET", "/api/v1/audit?limit=201", admin, null), 422);
  }

  @Test
  void an_admin_filters_the_global_log_by_user_action_item_type_and_period_and_pages_through_it() {
    var from = Instant.now();
    var ids = new ArrayList<String>();
    for (var i = 0; i < 3; i++) {
      var id = createClient("Filtered " + i);
      rename(id, "Filtered Renamed " + i, "office" + i + "@filtered.example");
      ids.add(id);
    }
    var adminsUpdate = createClientAs(admin, "Filtered by admin");
    rename(adminsUpdate, admin, "Filtered by admin, renamed", "admin@filtered.example");
    var to = Instant.now().plusMillis(1);
    var filter =
        "userId="
            + limitedId
            + "&action=UPDATED&itemType=CLIENT&from="
            + encode(from)
            + "&to="
            + encode(to);

    var pages = new ArrayList<Map<String, Object>>();
    String cursor = null;
    for (var page = 0; page < 5; page++) {
      var response =
          expect(
              app.send(
                  "GET",
                  "/api/v1/audit?limit=2&" + filter + (cursor == null ? "" : "&cursor=" + cursor),
                  admin,
                  null),
              200);
      pages.addAll(items(response));
      cursor = (String) app.read(response).get("nextCursor");
      if (cursor == null) {
        break;
      }
    }

    assertThat(pages).extracting(e -> e.get("itemId")).containsExactlyElementsOf(ids.reversed());
    assertThat(pages).extracting(e -> e.get("action")).containsOnly("UPDATED");
    assertThat(instants(pages)).isSortedAccordingTo((a, b) -> b.compareTo(a));
    var before =
        expect(
            app.send("GET", "/api/v1/audit?itemType=CLIENT&to=" + encode(from), admin, null), 200);
    assertThat(items(before)).extracting(e -> e.get("itemId")).doesNotContainAnyElementsOf(ids);
    var byItem =
        expect(app.send("GET", "/api/v1/audit?itemId=" + ids.getFirst(), admin, null), 200);
    assertThat(items(byItem))
        .extracting(e -> e.get("action"))
        .containsExactly("UPDATED", "CREATED");
    var creations =
        expect(
            app.send(
                "GET",
                "/api/v1/audit?action=CREATED,DELETED&from=" + encode(from) + "&itemType=client",
                admin,
                null),
            200);
    assertThat(items(creations))
        .extracting(e -> e.get("action"))
        .containsOnly("CREATED")
        .hasSize(4);
  }

  private String createClient(String name) {
    return createClientAs(limited, name);
  }

  private String createClientAs(String token, String name) {
    var response =
        app.send("POST", CLIENTS, token, Map.of("name", name, "email", "office@example.com"));
    return (String) app.read(expect(response, 201)).get("id");
  }

  private void rename(String id, String name, String email) {
    rename(id, limited, name, email);
  }

  private void rename(String id, String token, String name, String email) {
    var etag =
        app.send("GET", CLIENTS + "/" + id, token, null).headers().firstValue("ETag").orElseThrow();
    expect(
        app.send(
            "PUT",
            CLIENTS + "/" + id,
            token,
            Map.of("name", name, "email", email),
            "If-Match",
            etag),
        200);
  }

  private String adminId() {
    return (String) app.read(app.send("GET", "/api/v1/me", admin, null)).get("id");
  }

  private static Map<String, Object> change(String field, String from, String to) {
    var change = new HashMap<String, Object>();
    change.put("field", field);
    change.put("from", from);
    change.put("to", to);
    return change;
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as("%s %s: %s", response.request().method(), response.request().uri(), response.body())
        .isEqualTo(status);
    return response;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(HttpResponse<String> response) {
    return (List<Map<String, Object>>) app.read(response).get("items");
  }

  private static List<Instant> instants(List<Map<String, Object>> items) {
    return items.stream().map(e -> Instant.parse((String) e.get("at"))).toList();
  }

  private static String encode(Instant instant) {
    return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
  }
}
