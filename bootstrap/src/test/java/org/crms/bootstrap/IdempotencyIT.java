package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Retried creates with an Idempotency-Key, end to end: HTTP in, PostgreSQL underneath. */
class IdempotencyIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static final String CLIENTS = "/api/v1/clients";
  private static RunningApp app;
  private static String alice;
  private static String bob;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("idemalice", PASSWORD, Role.LIMITED);
    app.createUser("idembob", PASSWORD, Role.LIMITED);
    alice = app.tokenFor("idemalice", PASSWORD);
    bob = app.tokenFor("idembob", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private HttpResponse<String> create(String token, String name, String key) {
    return app.send("POST", CLIENTS, token, Map.of("name", name), "Idempotency-Key", key);
  }

  private long clientsNamed(String name) {
    return app.database
        .dsl()
        .fetchCount(
            org.crms.adapters.persistence.jooq.Tables.CLIENT,
            org.crms.adapters.persistence.jooq.Tables.CLIENT.NAME.eq(name));
  }

  @Test
  void a_retried_create_returns_the_first_response_and_creates_nothing_more() {
    var first = create(alice, "Retry Ltd", "key-retry-1");
    var retry = create(alice, "Retry Ltd", "key-retry-1");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
    assertThat(retry.headers().firstValue("Content-Type").orElseThrow()).contains("json");
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(clientsNamed("Retry Ltd")).isEqualTo(1);
  }

  @Test
  void without_a_key_every_post_creates() {
    app.send("POST", CLIENTS, alice, Map.of("name", "Twice Ltd"));
    var second = app.send("POST", CLIENTS, alice, Map.of("name", "Twice Ltd"));

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(clientsNamed("Twice Ltd")).isEqualTo(1);
  }

  @Test
  void the_same_key_with_a_different_body_is_refused() {
    assertThat(create(alice, "First Body Ltd", "key-reused").statusCode()).isEqualTo(201);

    var reused = create(alice, "Second Body Ltd", "key-reused");

    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.headers().firstValue("Content-Type").orElseThrow())
        .contains("application/problem+json");
    assertThat(reused.body()).contains("Idempotency-Key", "different request");
    assertThat(clientsNamed("Second Body Ltd")).isZero();
  }

  @Test
  void keys_belong_to_their_user() {
    var alices = create(alice, "Alice Shop", "key-shared");
    var bobs = create(bob, "Bob Shop", "key-shared");

    assertThat(alices.statusCode()).isEqualTo(201);
    assertThat(bobs.statusCode()).as(bobs.body()).isEqualTo(201);
    assertThat(bobs.body()).contains("Bob Shop");
  }

  @Test
  void a_refused_create_releases_its_key_so_a_corrected_retry_runs() {
    var invalid =
        app.send("POST", CLIENTS, alice, Map.of("name", ""), "Idempotency-Key", "key-fix");
    assertThat(invalid.statusCode()).isEqualTo(422);

    var corrected = create(alice, "Corrected Ltd", "key-fix");

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    assertThat(clientsNamed("Corrected Ltd")).isEqualTo(1);
  }

  @Test
  void a_malformed_key_gets_a_field_error_and_creates_nothing() {
    var response = create(alice, "Bad Key Ltd", "has spaces in it");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("Idempotency-Key");
    assertThat(clientsNamed("Bad Key Ltd")).isZero();
  }

  @Test
  void concurrent_retries_create_one_client() throws Exception {
    var tasks = new ArrayList<Callable<HttpResponse<String>>>();
    for (var i = 0; i < 8; i++) {
      tasks.add(() -> create(alice, "Race Ltd", "key-race"));
    }
    var statuses = new ArrayList<Integer>();
    try (var pool = Executors.newFixedThreadPool(8)) {
      for (var future : pool.invokeAll(tasks)) {
        statuses.add(future.get().statusCode());
      }
    }
    // Each retry either gets the one result or is told the first is still running.
    assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
    assertThat(clientsNamed("Race Ltd")).isEqualTo(1);
  }
}
