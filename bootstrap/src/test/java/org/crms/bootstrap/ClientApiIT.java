package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client story end to end: HTTP in, PostgreSQL underneath, every status a newcomer will meet.
 */
class ClientApiIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static RunningApp app;
  private static String admin;
  private static String limited;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("admin1", PASSWORD, Role.ADMIN);
    app.createUser("limited1", PASSWORD, Role.LIMITED);
    admin = app.tokenFor("admin1", PASSWORD);
    limited = app.tokenFor("limited1", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private Map<String, Object> createClient(String name) {
    var response =
        app.send(
            "POST",
            "/api/v1/clients",
            limited,
            Map.of("name", name, "email", "office@example.com"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return app.read(response);
  }

  @Test
  void a_client_is_created_listed_updated_with_if_match_and_a_stale_etag_is_refused() {
    var created = createClient("Acme Story Ltd");
    var id = (String) created.get("id");

    var list = app.send("GET", "/api/v1/clients?q=story", limited, null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(fieldOf((List<?>) app.read(list).get("items"), "name"))
        .containsExactly("Acme Story Ltd");

    var get = app.send("GET", "/api/v1/clients/" + id, limited, null);
    var etag = get.headers().firstValue("ETag").orElseThrow();
    var update =
        app.send(
            "PUT",
            "/api/v1/clients/" + id,
            limited,
            Map.of("name", "Acme Story Group", "phone", "+44 20 7946 0000"),
            "If-Match",
            etag);
    assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
    assertThat(app.read(update).get("name")).isEqualTo("Acme Story Group");
    assertThat(update.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

    var stale =
        app.send(
            "PUT",
            "/api/v1/clients/" + id,
            limited,
            Map.of("name", "Lost Update"),
            "If-Match",
            etag);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(app.read(app.send("GET", "/api/v1/clients/" + id, limited, null)).get("name"))
        .isEqualTo("Acme Story Group");

    var missing =
        app.send("PUT", "/api/v1/clients/" + id, limited, Map.of("name", "No Precondition"));
    assertThat(missing.statusCode()).isEqualTo(428);
  }

  @Test
  void a_limited_user_may_not_delete_and_an_admin_deletes_and_restores() {
    var id = (String) createClient("Delete Me Inc").get("id");

    var forbidden = app.send("DELETE", "/api/v1/clients/" + id, limited, null);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(app.send("GET", "/api/v1/clients/" + id, limited, null).statusCode()).isEqualTo(200);

    assertThat(app.send("DELETE", "/api/v1/clients/" + id, admin, null).statusCode())
        .isEqualTo(204);
    assertThat(app.send("GET", "/api/v1/clients/" + id, admin, null).statusCode()).isEqualTo(404);
    var restored = app.send("POST", "/api/v1/clients/" + id + "/restore", admin, null);
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(app.send("GET", "/api/v1/clients/" + id, limited, null).statusCode()).isEqualTo(200);
  }

  @Test
  void bad_input_gets_a_problem_never_a_server_error() {
    var invalid =
        app.send(
            "POST",
            "/api/v1/clients",
            limited,
            Map.of("name", "Bad Email Ltd", "email", "not-an-email"));
    assertThat(invalid.statusCode()).isEqualTo(422);
    var problem = app.read(invalid);
    assertThat(fieldOf((List<?>) problem.get("errors"), "field")).containsExactly("email");

    var malformed = app.send("POST", "/api/v1/clients", limited, "{\"name\": ");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at org.");

    var duplicate = app.send("POST", "/api/v1/clients", limited, Map.of("name", "Twice Ltd"));
    assertThat(duplicate.statusCode()).isEqualTo(201);
    assertThat(
            app.send("POST", "/api/v1/clients", limited, Map.of("name", "TWICE LTD")).statusCode())
        .isEqualTo(409);

    assertThat(app.send("GET", "/api/v1/clients", null, null).statusCode()).isEqualTo(401);
    assertThat(app.send("GET", "/api/v1/clients", "crms_forged", null).statusCode()).isEqualTo(401);
    assertThat(app.send("GET", "/api/v1/clients/not-a-uuid", limited, null).statusCode())
        .isIn(400, 404);
  }

  @Test
  void wrong_credentials_get_one_generic_answer() {
    var wrongPassword =
        app.send(
            "POST",
            "/api/v1/auth/token",
            null,
            Map.of("username", "admin1", "password", "wrong-password-123"));
    var unknownUser =
        app.send(
            "POST",
            "/api/v1/auth/token",
            null,
            Map.of("username", "nobody1", "password", PASSWORD));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(unknownUser.statusCode()).isEqualTo(401);
    assertThat(app.read(wrongPassword).get("detail"))
        .isEqualTo(app.read(unknownUser).get("detail"));
  }

  @Test
  void every_change_lands_in_the_audit_trail_in_the_same_database() throws SQLException {
    var id = (String) createClient("Audited Co").get("id");
    var etag =
        app.send("GET", "/api/v1/clients/" + id, limited, null)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    app.send(
        "PUT",
        "/api/v1/clients/" + id,
        limited,
        Map.of("name", "Audited Company"),
        "If-Match",
        etag);

    try (var connection = app.database.connect();
        var statement =
            connection.prepareStatement(
                "select action, changes::text from audit_event where item_id = ?::uuid order by occurred_at")) {
      statement.setString(1, id);
      try (var rows = statement.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("CREATED");
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("UPDATED");
        assertThat(rows.getString(2)).contains("Audited Co").contains("Audited Company");
        assertThat(rows.next()).isFalse();
      }
    }
  }

  @Test
  void the_list_sorts_by_creation_or_last_change_filters_by_time_and_pages_in_that_order() {
    var from = Instant.now();
    var first = (String) createClient("Sorted Alpha").get("id");
    createClient("Sorted Bravo");
    createClient("Sorted Charlie");
    var etag =
        app.send("GET", "/api/v1/clients/" + first, limited, null)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    app.send(
        "PUT",
        "/api/v1/clients/" + first,
        limited,
        Map.of("name", "Sorted Alpha", "phone", "0123"),
        "If-Match",
        etag);
    var since = "&createdFrom=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8);

    assertThat(namesOf("/api/v1/clients?q=sorted&sort=-created" + since))
        .containsExactly("Sorted Charlie", "Sorted Bravo", "Sorted Alpha");
    assertThat(namesOf("/api/v1/clients?q=sorted&sort=-updated" + since))
        .containsExactly("Sorted Alpha", "Sorted Charlie", "Sorted Bravo");
    assertThat(namesOf("/api/v1/clients?q=sorted&sort=-name" + since))
        .containsExactly("Sorted Charlie", "Sorted Bravo", "Sorted Alpha");
    assertThat(
            namesOf(
                "/api/v1/clients?q=sorted&createdTo="
                    + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8)))
        .isEmpty();

    var paged = new ArrayList<Object>();
    String cursor = null;
    do {
      var page =
          app.read(
              app.send(
                  "GET",
                  "/api/v1/clients?q=sorted&limit=1&sort=created"
                      + since
                      + (cursor == null ? "" : "&cursor=" + cursor),
                  limited,
                  null));
      paged.addAll(fieldOf((List<?>) page.get("items"), "name"));
      cursor = (String) page.get("nextCursor");
    } while (cursor != null && paged.size() < 10);
    assertThat(paged).containsExactly("Sorted Alpha", "Sorted Bravo", "Sorted Charlie");
    assertThat(
            app.send(
                    "GET",
                    "/api/v1/clients?sort=-created&cursor=" + lastCursor(since),
                    limited,
                    null)
                .statusCode())
        .isEqualTo(400);
  }

  private List<Object> namesOf(String url) {
    var response = app.send("GET", url, limited, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return fieldOf((List<?>) app.read(response).get("items"), "name");
  }

  /** The cursor after the first client of the list in creation order. */
  private String lastCursor(String since) {
    var response =
        app.send("GET", "/api/v1/clients?q=sorted&limit=1&sort=created" + since, limited, null);
    return (String) app.read(response).get("nextCursor");
  }

  @Test
  void health_reports_the_database_as_up() {
    var health = app.send("GET", "/health", null, null);
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(app.read(health).get("status")).isEqualTo("UP");
  }

  private static List<Object> fieldOf(List<?> objects, String field) {
    return objects.stream().map(o -> ((Map<?, ?>) o).get(field)).map(Object.class::cast).toList();
  }
}
