package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request types end to end: HTTP in, PostgreSQL underneath. */
class RequestTypeApiIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static final String TYPES = "/api/v1/request-types";
  private static RunningApp app;
  private static String admin;
  private static String limited;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("typeadmin", PASSWORD, Role.ADMIN);
    app.createUser("typelimited", PASSWORD, Role.LIMITED);
    admin = app.tokenFor("typeadmin", PASSWORD);
    limited = app.tokenFor("typelimited", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private String define(String name) {
    var response = app.send("POST", TYPES, limited, Map.of("name", name, "targetDays", 14));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return (String) app.read(response).get("id");
  }

  @Test
  void a_type_is_defined_read_and_updated_on_its_version_and_names_stay_unique() {
    var id = define("SEO Tech Check");
    var read = app.send("GET", TYPES + "/" + id, limited, null);
    assertThat(app.read(read).get("targetDays")).isEqualTo(14);
    var etag = read.headers().firstValue("ETag").orElseThrow();

    var updated =
        app.send(
            "PUT",
            TYPES + "/" + id,
            limited,
            Map.of("name", "SEO Tech Check", "targetDays", 7, "active", true),
            "If-Match",
            etag);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(app.read(updated).get("targetDays")).isEqualTo(7);
    assertThat(
            app.send("PUT", TYPES + "/" + id, limited, Map.of("name", "Stale"), "If-Match", etag)
                .statusCode())
        .isEqualTo(412);
    assertThat(app.send("POST", TYPES, limited, Map.of("name", "seo tech check")).statusCode())
        .isEqualTo(409);
    assertThat(app.send("POST", TYPES, limited, Map.of("name", "", "targetDays", 400)).statusCode())
        .isEqualTo(422);
  }

  @Test
  void a_type_in_use_cannot_be_deleted_and_an_unused_one_goes_to_the_trash_and_back() {
    var used = define("Plugin Updates");
    useInOneRequest(used);

    assertThat(app.send("DELETE", TYPES + "/" + used, limited, null).statusCode()).isEqualTo(403);
    var inUse = app.send("DELETE", TYPES + "/" + used, admin, null);
    assertThat(inUse.statusCode()).isEqualTo(409);
    assertThat((String) app.read(inUse).get("detail")).contains("deactivate it instead");

    var unused = define("Rejected payment");
    assertThat(app.send("DELETE", TYPES + "/" + unused, admin, null).statusCode()).isEqualTo(204);
    assertThat(app.send("GET", TYPES + "/" + unused, limited, null).statusCode()).isEqualTo(404);
    assertThat(app.send("POST", TYPES + "/" + unused + "/restore", admin, null).statusCode())
        .isEqualTo(200);
    assertThat(app.send("GET", TYPES + "/" + unused, limited, null).statusCode()).isEqualTo(200);
  }

  @Test
  void the_list_sorts_by_last_change_either_way_and_filters_by_when_types_changed() {
    var from = Instant.now();
    var older = define("Ordered One");
    define("Ordered Two");
    var read = app.send("GET", TYPES + "/" + older, limited, null);
    var etag = read.headers().firstValue("ETag").orElseThrow();
    app.send(
        "PUT",
        TYPES + "/" + older,
        limited,
        Map.of("name", "Ordered One", "targetDays", 3),
        "If-Match",
        etag);
    var since = "&updatedFrom=" + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8);

    assertThat(names(TYPES + "?q=ordered&sort=-updated" + since))
        .containsExactly("Ordered One", "Ordered Two");
    assertThat(names(TYPES + "?q=ordered&sort=updated" + since))
        .containsExactly("Ordered Two", "Ordered One");
    assertThat(names(TYPES + "?q=ordered&sort=-created" + since))
        .containsExactly("Ordered Two", "Ordered One");
    assertThat(app.send("GET", TYPES + "?sort=priority", limited, null).statusCode())
        .isEqualTo(400);
    assertThat(app.send("GET", TYPES + "?updatedTo=tomorrow", limited, null).statusCode())
        .isEqualTo(400);
  }

  private List<Object> names(String url) {
    var response = app.send("GET", url, limited, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ((List<?>) app.read(response).get("items"))
        .stream().map(item -> ((Map<?, ?>) item).get("name")).map(Object.class::cast).toList();
  }

  /** Opens one request of the type, for a client of its own. */
  private void useInOneRequest(String typeId) {
    var client =
        (String)
            app.read(app.send("POST", "/api/v1/clients", limited, Map.of("name", "Uses " + typeId)))
                .get("id");
    var request =
        app.send(
            "POST",
            "/api/v1/requests",
            limited,
            Map.of("clientId", client, "typeId", typeId, "title", "A request"));
    assertThat(request.statusCode()).as(request.body()).isEqualTo(201);
  }
}
