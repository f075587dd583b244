package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.persistence.jooq.Tables.AUDIT_EVENT;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fifty people edit one request at the same moment, each with the version they read (If-Match).
 * Optimistic locking must lose no update: every edit that was answered 2xx is in the version count
 * and in the audit trail, and every other attempt was told 412 and changed nothing.
 */
class ConcurrentEditorsIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static final String REQUESTS = "/api/v1/requests";
  private static final int EDITORS = 50;
  private static RunningApp app;
  private static String token;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("editoruser", PASSWORD, Role.LIMITED);
    token = app.tokenFor("editoruser", PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String created(String path, Map<String, Object> body) {
    var response = app.send("POST", path, token, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return (String) app.read(response).get("id");
  }

  @Test
  void fifty_parallel_editors_with_if_match_lose_no_update() throws Exception {
    var client = created("/api/v1/clients", Map.of("name", "Contended Ltd"));
    var type = created("/api/v1/request-types", Map.of("name", "Contended type"));
    var id =
        created(REQUESTS, Map.of("clientId", client, "typeId", type, "title", "Edit me, everyone"));
    var successes = new AtomicInteger();
    var refusals = new AtomicInteger();
    var start = new CountDownLatch(1);
    var editors = new ArrayList<Callable<Void>>();
    for (var i = 0; i < EDITORS; i++) {
      var title = "Edited by editor " + i;
      editors.add(
          () -> {
            start.await();
            // Each editor reads, edits and, when someone was faster, reads again and retries.
            for (var attempt = 0; attempt < 500; attempt++) {
              var read = app.send("GET", REQUESTS + "/" + id, token, null);
              var body = Map.<String, Object>of("clientId", client, "typeId", type, "title", title);
              var etag = read.headers().firstValue("ETag").orElseThrow();
              var put = app.send("PUT", REQUESTS + "/" + id, token, body, "If-Match", etag);
              if (put.statusCode() == 200) {
                successes.incrementAndGet();
                return null;
              }
              assertThat(put.statusCode()).as(put.body()).isEqualTo(412);
              refusals.incrementAndGet();
            }
            throw new AssertionError("an editor never got through");
          });
    }
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      var futures = editors.stream().map(pool::submit).toList();
      start.countDown();
      for (var future : futures) {
        future.get();
      }
    }

    var finalVersion =
        ((Number) app.read(app.send("GET", REQUESTS + "/" + id, token, null)).get("version"))
            .intValue();
    var updatesAudited =
        app.database
            .dsl()
            .fetchCount(
                AUDIT_EVENT,
                AUDIT_EVENT.ITEM_ID.eq(UUID.fromString(id)).and(AUDIT_EVENT.ACTION.eq("UPDATED")));
    assertThat(successes.get()).isEqualTo(EDITORS);
    assertThat(finalVersion).isEqualTo(successes.get());
    assertThat(updatesAudited).isEqualTo(successes.get());
    // Not a test of luck: the editors really did collide.
    assertThat(refusals.get()).isPositive();
  }
}
