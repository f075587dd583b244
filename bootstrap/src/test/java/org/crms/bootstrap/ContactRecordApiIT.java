package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contact records end to end: HTTP in, PostgreSQL underneath. */
class ContactRecordApiIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static final String RECORDS = "/api/v1/contact-records";
  private static RunningApp app;
  private static String admin;
  private static String limited;
  private static String limitedId;
  private static String adminId;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("contactadmin", PASSWORD, Role.ADMIN);
    app.createUser("contactlimited", PASSWORD, Role.LIMITED);
    admin = app.tokenFor("contactadmin", PASSWORD);
    limited = app.tokenFor("contactlimited", PASSWORD);
    adminId = (String) app.read(app.send("GET", "/api/v1/me", admin, null)).get("id");
    limitedId = (String) app.read(app.send("GET", "/api/v1/me", limited, null)).get("id");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** A valid contact made yesterday, whose payment reference starts with the tag. */
  private static Map<String, Object> contact(String tag) {
    var body = new HashMap<String, Object>();
    body.put("paymentReference", tag + "-PAY");
    body.put("firstName", "Ada");
    body.put("lastName", "Lovelace");
    body.put("method", "PHONE");
    body.put("contactedAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
    body.put("outcome", "CONTACT_SUCCESSFUL");
    body.put("notes", "Called about the rejected payment.");
    return body;
  }

  private static Map<String, Object> logged(String token, Map<String, Object> body) {
    var response = app.send("POST", RECORDS, token, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return app.read(response);
  }

  private static List<Object> errorFields(HttpResponse<String> response) {
    return ((List<?>) app.read(response).get("errors"))
        .stream().map(error -> ((Map<?, ?>) error).get("field")).map(Object.class::cast).toList();
  }

  @Test
  void a_contact_without_a_time_is_logged_now_by_the_caller_and_can_be_read_back() {
    var before = Instant.now();
    var body = contact("NOW");
    body.remove("contactedAt");

    var response = app.send("POST", RECORDS, limited, body);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("ETag")).contains("\"0\"");
    var created = app.read(response);
    var contactedAt = Instant.parse((String) created.get("contactedAt"));
    assertThat(contactedAt).isBetween(before.minusSeconds(1), Instant.now());
    assertThat(created)
        .containsEntry("createdBy", limitedId)
        .containsEntry("updatedBy", limitedId)
        .containsEntry("methodLabel", "Phone")
        .containsEntry("outcomeLabel", "Contact successful");
    var location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo(RECORDS + "/" + created.get("id"));
    var read = app.send("GET", location, limited, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(app.read(read)).containsEntry("paymentReference", "NOW-PAY");
  }

  @Test
  void a_contact_in_the_future_or_awaiting_a_response_without_follow_up_is_refused() {
    var future = contact("FUTURE");
    future.put("contactedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
    var awaiting = contact("AWAIT");
    awaiting.put("outcome", "AWAITING_RESPONSE");

    var inTheFuture = app.send("POST", RECORDS, limited, future);
    var withoutFollowUp = app.send("POST", RECORDS, limited, awaiting);

    assertThat(inTheFuture.statusCode()).isEqualTo(422);
    assertThat(errorFields(inTheFuture)).containsExactly("contactedAt");
    assertThat(withoutFollowUp.statusCode()).isEqualTo(422);
    assertThat(errorFields(withoutFollowUp)).containsExactly("followUpOn");
    assertThat(list("?q=FUTURE", limited)).isEmpty();
  }

  @Test
  void a_request_must_be_live_to_be_named() throws SQLException {
    var unknown = contact("UNKNOWN");
    unknown.put("requestId", UUID.randomUUID().toString());
    var trashed = contact("TRASHED");
    trashed.put("requestId", storeRequest(true));
    var live = contact("LIVE");
    live.put("requestId", storeRequest(false));

    var aboutUnknown = app.send("POST", RECORDS, limited, unknown);
    var aboutTrashed = app.send("POST", RECORDS, limited, trashed);

    assertThat(aboutUnknown.statusCode()).isEqualTo(422);
    assertThat(errorFields(aboutUnknown)).containsExactly("requestId");
    assertThat(aboutTrashed.statusCode()).isEqualTo(422);
    assertThat(logged(limited, live)).containsEntry("requestId", live.get("requestId"));
  }

  @Test
  void an_edit_needs_the_current_etag_and_is_stamped_with_the_editor_whatever_the_payload_claims()
      throws SQLException {
    var claiming = contact("CLAIM");
    claiming.put("updatedBy", adminId);
    var created = logged(limited, claiming);
    assertThat(created).containsEntry("updatedBy", limitedId);
    var url = RECORDS + "/" + created.get("id");
    var etag = app.send("GET", url, admin, null).headers().firstValue("ETag").orElseThrow();
    var edit = contact("CLAIM");
    edit.put("contactedAt", created.get("contactedAt"));
    edit.put("method", "EMAIL");
    edit.put("updatedBy", limitedId);

    var updated = app.send("PUT", url, admin, edit, "If-Match", etag);
    var stale = app.send("PUT", url, admin, edit, "If-Match", etag);
    var unconditional = app.send("PUT", url, admin, edit);

    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(updated.headers().firstValue("ETag")).contains("\"1\"");
    assertThat(app.read(updated))
        .containsEntry("method", "EMAIL")
        .containsEntry("updatedBy", adminId)
        .containsEntry("createdBy", limitedId);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(unconditional.statusCode()).isEqualTo(428);
    assertThat(auditOf((String) created.get("id")))
        .containsExactly("CREATED " + limitedId, "UPDATED " + adminId + " method PHONE -> EMAIL");
  }

  @Test
  void lists_filter_sort_and_page_and_leave_out_the_trash() throws SQLException {
    var request = storeRequest(false);
    var today = LocalDate.now(ZoneOffset.UTC);
    var a = logged(limited, variant("LISTED", "Carter", "EMAIL", null, request));
    var b = logged(limited, variant("LISTED", "adams", "PHONE", today.minusDays(1), null));
    var c = logged(admin, variant("LISTED", "Baker", "PHONE", today.plusDays(5), null));
    var d = logged(admin, variant("LISTED", "Drake", "SMS", null, null));
    assertThat(app.send("DELETE", RECORDS + "/" + d.get("id"), admin, null).statusCode())
        .isEqualTo(204);

    assertThat(ids(list("?q=listed&sort=lastName", limited))).containsExactly(id(b), id(c), id(a));
    assertThat(ids(list("?q=listed&sort=-lastName", limited))).containsExactly(id(a), id(c), id(b));
    assertThat(ids(list("?q=listed&requestId=" + request, limited))).containsExactly(id(a));
    assertThat(ids(list("?q=listed&method=phone&sort=created", limited)))
        .containsExactly(id(b), id(c));
    assertThat(ids(list("?q=listed&followUpDue=true", limited))).containsExactly(id(b));
    assertThat(ids(list("?q=listed&mine=true&sort=created", limited)))
        .containsExactly(id(a), id(b));
    assertThat(ids(list("?q=listed&contactedTo=" + today.minusDays(3), limited))).isEmpty();
    assertThat(ids(list("?q=listed&sort=followUp", limited))).containsExactly(id(b), id(c), id(a));
    assertThat(ids(allPages("?q=listed&sort=-followUp&limit=1")))
        .containsExactly(id(c), id(b), id(a));
  }

  @Test
  void malformed_list_parameters_answer_400_and_an_oversized_page_422() {
    assertThat(app.send("GET", RECORDS + "?sort=colour", limited, null).statusCode())
        .isEqualTo(400);
    assertThat(app.send("GET", RECORDS + "?contactedFrom=yesterday", limited, null).statusCode())
        .isEqualTo(400);
    assertThat(app.send("GET", RECORDS + "?limit=201", limited, null).statusCode()).isEqualTo(422);
  }

  @Test
  void only_an_admin_moves_a_record_to_the_trash_and_back() throws SQLException {
    var created = logged(limited, contact("TRASH"));
    var url = RECORDS + "/" + created.get("id");

    assertThat(app.send("DELETE", url, limited, null).statusCode()).isEqualTo(403);
    assertThat(app.send("GET", url, limited, null).statusCode()).isEqualTo(200);
    assertThat(app.send("DELETE", url, admin, null).statusCode()).isEqualTo(204);
    assertThat(app.send("GET", url, limited, null).statusCode()).isEqualTo(404);
    assertThat(list("?q=TRASH", limited)).isEmpty();
    assertThat(app.send("POST", url + "/restore", limited, null).statusCode()).isEqualTo(403);
    var restored = app.send("POST", url + "/restore", admin, null);
    assertThat(restored.statusCode()).isEqualTo(200);
    assertThat(restored.headers().firstValue("ETag")).contains("\"2\"");
    assertThat(app.send("GET", url, limited, null).statusCode()).isEqualTo(200);
    assertThat(app.send("POST", url + "/restore", admin, null).statusCode()).isEqualTo(409);
    assertThat(auditOf((String) created.get("id")))
        .containsExactly("CREATED " + limitedId, "DELETED " + adminId, "RESTORED " + adminId);
  }

  private static Map<String, Object> variant(
      String tag, String lastName, String method, LocalDate followUpOn, String requestId) {
    var body = contact(tag);
    body.put("lastName", lastName);
    body.put("method", method);
    body.put("contactedAt", Instant.now().minus(2, ChronoUnit.DAYS).toString());
    if (followUpOn != null) {
      body.put("outcome", "AWAITING_RESPONSE");
      body.put("followUpOn", followUpOn.toString());
    }
    body.put("requestId", requestId);
    return body;
  }

  private static List<Map<String, Object>> list(String parameters, String token) {
    var response = app.send("GET", RECORDS + parameters, token, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return items(app.read(response));
  }

  /** Every page, following the cursors. */
  private static List<Map<String, Object>> allPages(String parameters) {
    var all = new ArrayList<Map<String, Object>>();
    var next = RECORDS + parameters;
    for (var page = 0; page < 10 && next != null; page++) {
      var body = app.read(app.send("GET", next, limited, null));
      all.addAll(items(body));
      var cursor = (String) body.get("nextCursor");
      next =
          cursor == null
              ? null
              : RECORDS
                  + parameters
                  + "&cursor="
                  + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("items");
  }

  private static List<Object> ids(List<Map<String, Object>> items) {
    return items.stream().map(item -> item.get("id")).toList();
  }

  private static Object id(Map<String, Object> record) {
    return record.get("id");
  }

  /**
   * Stores a client request, in the trash or not, straight in the database: requests are not served
   * by this API.
   */
  private static String storeRequest(boolean trashed) throws SQLException {
    var client =
        (String)
            app.read(
                    app.send(
                        "POST",
                        "/api/v1/clients",
                        admin,
                        Map.of("name", "Contacted client " + UUID.randomUUID())))
                .get("id");
    var type =
        (String)
            app.read(
                    app.send(
                        "POST",
                        "/api/v1/request-types",
                        admin,
                        Map.of("name", "Rejected payment " + UUID.randomUUID())))
                .get("id");
    var id = UUID.randomUUID();
    try (var connection = app.database.connect();
        var statement =
            connection.prepareStatement(
                "insert into client_request (id, client_id, type_id, title, status, priority,"
                    + " created_at, updated_at, deleted_at, version)"
                    + " values (?, ?::uuid, ?::uuid, 'Card declined', 'PENDING', 'NORMAL',"
                    + " now(), now(), case when ? then now() end, 0)")) {
      statement.setObject(1, id);
      statement.setString(2, client);
      statement.setString(3, type);
      statement.setBoolean(4, trashed);
      statement.executeUpdate();
    }
    return id.toString();
  }

  /** "ACTION actor" and, for updates, "field old -> new" of each change, oldest first. */
  private static List<String> auditOf(String recordId) throws SQLException {
    var entries = new ArrayList<String>();
    try (var connection = app.database.connect();
        var statement =
            connection.prepareStatement(
                "select action || ' ' || actor_id || coalesce((select string_agg(' ' ||"
                    + " (c->>'field') || ' ' || (c->>'old') || ' -> ' || (c->>'new'), '')"
                    + " from jsonb_array_elements(changes) c where action = 'UPDATED'), '')"
                    + " from audit_event where item_type = 'CONTACT_RECORD' and item_id = ?::uuid"
                    + " order by occurred_at")) {
      statement.setString(1, recordId);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          entries.add(rows.getString(1));
        }
      }
    }
    return entries;
  }
}
