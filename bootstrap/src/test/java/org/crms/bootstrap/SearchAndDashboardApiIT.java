package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search, the dashboard and the trash end to end: HTTP in, PostgreSQL underneath. Clients and types
 * are made through the API; requests and contact records, which have no API yet, are stored as
 * rows, as their slices will store them. Days are judged by the server's clock in UTC, so the rows
 * keep days of margin around every boundary.
 */
class SearchAndDashboardApiIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static RunningApp app;
  private static String admin;
  private static String limited;
  private static UUID limitedId;
  private static String velora;
  private static String acme;
  private static String type;
  private static LocalDate today;

  @BeforeAll
  static void start() throws SQLException {
    app = RunningApp.start();
    app.createUser("searchadmin", PASSWORD, Role.ADMIN);
    app.createUser("searchlimited", PASSWORD, Role.LIMITED);
    admin = app.tokenFor("searchadmin", PASSWORD);
    limited = app.tokenFor("searchlimited", PASSWORD);
    limitedId =
        UUID.fromString((String) app.read(app.send("GET", "/api/v1/me", limited, null)).get("id"));
    today = LocalDate.now(ZoneOffset.UTC);
    velora =
        created(
            "/api/v1/clients", Map.of("name", "Velora Holdings", "email", "office@velora.example"));
    acme = created("/api/v1/clients", Map.of("name", "Acme Ltd"));
    type = created("/api/v1/request-types", Map.of("name", "Rejected payment"));
    storeTheTeamsWork();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String created(String collection, Map<String, Object> body) {
    var response = app.send("POST", collection, limited, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return (String) app.read(response).get("id");
  }

  /** Two overdue requests, one due tomorrow, one untouched for a month, one done; two contacts. */
  private static void storeTheTeamsWork() throws SQLException {
    request(
        "Refund the failed card payment",
        velora,
        "PAY-2026-0042",
        "PENDING",
        limitedId,
        today.minusDays(3),
        1);
    request("Renew the SSL certificate", acme, null, "IN_PROGRESS", null, today.minusDays(2), 1);
    request("Check the plugins", acme, null, "PENDING", null, today.plusDays(1), 1);
    request("Migrate the newsletter", acme, null, "PENDING", limitedId, null, 30);
    request(
        "Fix the checkout", velora, "PAY-2026-0099", "COMPLETED", limitedId, today.minusDays(5), 1);
    contact("Ada", "Lovelace", "PAY-2026-0042", "AWAITING_RESPONSE", today.minusDays(3));
    contact("Grace", "Hopper", "PAY-2026-0100", "CONTACT_SUCCESSFUL", null);
  }

  private static void request(
      String title,
      String client,
      String reference,
      String status,
      UUID owner,
      LocalDate due,
      int daysSinceChange)
      throws SQLException {
    try (var connection = app.database.connect();
        var statement =
            connection.prepareStatement(
                "insert into client_request (id, client_id, type_id, title, reference, status, owner_id,"
                    + " due_on, created_at, updated_at, completed_at)"
                    + " values (?, ?::uuid, ?::uuid, ?, ?, ?, ?, ?, now() - make_interval(days => ?),"
                    + " now() - make_interval(days => ?),"
                    + " case when ? = 'COMPLETED' then now() end)")) {
      statement.setObject(1, UUID.randomUUID());
      statement.setString(2, client);
      statement.setString(3, type);
      statement.setString(4, title);
      statement.setString(5, reference);
      statement.setString(6, status);
      statement.setObject(7, owner);
      statement.setObject(8, due);
      statement.setInt(9, daysSinceChange + 1);
      statement.setInt(10, daysSinceChange);
      statement.setString(11, status);
      statement.executeUpdate();
    }
  }

  private static void contact(
      String first, String last, String reference, String outcome, LocalDate followUp)
      throws SQLException {
    try (var connection = app.database.connect();
        var statement =
            connection.prepareStatement(
                "insert into contact_record (id, payment_reference, first_name, last_name, method,"
                    + " contacted_at, outcome, follow_up_on, notes, created_at, updated_at)"
                    + " values (?, ?, ?, ?, 'PHONE', now() - interval '10 days', ?, ?,"
                    + " 'Called about the failed payment.', now(), now())")) {
      statement.setObject(1, UUID.randomUUID());
      statement.setString(2, reference);
      statement.setString(3, first);
      statement.setString(4, last);
      statement.setString(5, outcome);
      statement.setObject(6, followUp);
      statement.executeUpdate();
    }
  }

  private static Map<String, Object> search(String q) {
    var response =
        app.send(
            "GET",
            "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
            limited,
            null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return app.read(response);
  }

  @SuppressWarnings("unchecked")
  private static List<String> labels(Map<String, Object> results, String kind) {
    return ((List<Map<String, Object>>) results.get(kind))
        .stream().map(hit -> (String) hit.get("label")).toList();
  }

  @Test
  void one_search_finds_requests_clients_and_contacts_by_words_and_fragments() {
    var payment = search("pay-2026-0042");
    assertThat(labels(payment, "requests")).containsExactly("Refund the failed card payment");
    assertThat(labels(payment, "contactRecords")).containsExactly("Ada Lovelace · PAY-2026-0042");
    assertThat(labels(payment, "clients")).isEmpty();

    var fragment = search("  LORA  ");
    assertThat(fragment.get("q")).isEqualTo("LORA");
    assertThat(labels(fragment, "clients")).containsExactly("Velora Holdings");

    // Both notes hold the word equally; their order is the ids'.
    assertThat(labels(search("payment"), "contactRecords"))
        .containsExactlyInAnyOrder("Ada Lovelace · PAY-2026-0042", "Grace Hopper · PAY-2026-0100");
    assertThat(labels(search("2026-0"), "requests")).hasSize(2);
  }

  @Test
  void bad_search_input_is_refused_with_a_problem() {
    var blank = app.send("GET", "/api/v1/search?q=%20", limited, null);
    assertThat(blank.statusCode()).isEqualTo(422);
    assertThat(blank.body()).contains("\"field\":\"q\"");
    assertThat(app.send("GET", "/api/v1/search?q=acme&limit=ten", limited, null).statusCode())
        .isEqualTo(400);
    assertThat(app.send("GET", "/api/v1/search?q=acme&limit=51", limited, null).statusCode())
        .isEqualTo(422);
    assertThat(app.send("GET", "/api/v1/search?q=acme", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_dashboard_shows_what_needs_attention_for_the_caller() {
    var response = app.send("GET", "/api/v1/dashboard", limited, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var dashboard = app.read(response);

    assertThat(titles(dashboard, "overdue"))
        .containsExactly("Refund the failed card payment", "Renew the SSL certificate");
    assertThat(titles(dashboard, "dueSoon")).containsExactly("Check the plugins");
    assertThat(titles(dashboard, "unassigned"))
        .containsExactly("Renew the SSL certificate", "Check the plugins");
    assertThat(titles(dashboard, "untouched")).containsExactly("Migrate the newsletter");
    assertThat(titles(dashboard, "myOpenRequests"))
        .containsExactly("Refund the failed card payment", "Migrate the newsletter");
    var waiting = (Map<String, Object>) dashboard.get("awaitingFollowUp");
    assertThat(waiting.get("count")).isEqualTo(1);
    var first =
        ((List<Map<String, Object>>) ((Map<String, Object>) dashboard.get("overdue")).get("items"))
            .getFirst();
    assertThat(first)
        .containsEntry("clientName", "Velora Holdings")
        .containsEntry("ownerName", "searchlimited")
        .containsEntry("status", "PENDING");
    assertThat((List<Map<String, Object>>) dashboard.get("byStatus"))
        .extracting(s -> s.get("status") + "=" + s.get("count"))
        .containsExactly("PENDING=3", "IN_PROGRESS=1", "COMPLETED=1");
    assertThat((List<Map<String, Object>>) dashboard.get("byType"))
        .extracting(t -> t.get("typeName") + "=" + t.get("count"))
        .containsExactly("Rejected payment=5");
    // Someone else's dashboard has the same figures, but not the same "my open requests".
    var other = app.read(app.send("GET", "/api/v1/dashboard", admin, null));
    assertThat(titles(other, "myOpenRequests")).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> titles(Map<String, Object> dashboard, String figure) {
    var items =
        (List<Map<String, Object>>) ((Map<String, Object>) dashboard.get(figure)).get("items");
    return items.stream().map(item -> (String) item.get("title")).toList();
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_deleted_client_leaves_search_and_waits_in_the_trash_for_an_admin() {
    var doomed = created("/api/v1/clients", Map.of("name", "Zelwood Trading"));
    assertThat(labels(search("zelwood"), "clients")).containsExactly("Zelwood Trading");
    assertThat(app.send("DELETE", "/api/v1/clients/" + doomed, admin, null).statusCode())
        .isEqualTo(204);

    assertThat(labels(search("zelwood"), "clients")).isEmpty();
    assertThat(app.send("GET", "/api/v1/trash", limited, null).statusCode()).isEqualTo(403);
    var trash = app.send("GET", "/api/v1/trash?itemType=CLIENT", admin, null);
    assertThat(trash.statusCode()).as(trash.body()).isEqualTo(200);
    var item = ((List<Map<String, Object>>) app.read(trash).get("items")).getFirst();
    assertThat(item)
        .containsEntry("itemType", "CLIENT")
        .containsEntry("id", doomed)
        .containsEntry("label", "Zelwood Trading")
        .containsEntry("deletedByName", "searchadmin");

    assertThat(app.send("POST", "/api/v1/clients/" + doomed + "/restore", admin, null).statusCode())
        .isEqualTo(200);
    assertThat(app.read(app.send("GET", "/api/v1/trash?itemType=CLIENT", admin, null)).get("items"))
        .isEqualTo(List.of());
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_trash_pages_through_every_kind_newest_first() throws SQLException {
    for (var name : List.of("Old type one", "Old type two", "Old type three")) {
      var id = created("/api/v1/request-types", Map.of("name", name));
      assertThat(app.send("DELETE", "/api/v1/request-types/" + id, admin, null).statusCode())
          .isEqualTo(204);
    }

    var first =
        app.read(app.send("GET", "/api/v1/trash?itemType=request_type&limit=2", admin, null));
    var labels =
        ((List<Map<String, Object>>) first.get("items")).stream().map(i -> i.get("label")).toList();
    assertThat(labels).containsExactly("Old type three", "Old type two");
    var rest =
        app.read(
            app.send(
                "GET",
                "/api/v1/trash?itemType=REQUEST_TYPE&limit=2&cursor=" + first.get("nextCursor"),
                admin,
                null));
    assertThat(
            ((List<Map<String, Object>>) rest.get("items"))
                .stream().map(i -> i.get("label")).toList())
        .containsExactly("Old type one");
    assertThat(rest.get("nextCursor")).isNull();
    assertThat(app.send("GET", "/api/v1/trash?itemType=USER", admin, null).statusCode())
        .isEqualTo(400);
  }
}
