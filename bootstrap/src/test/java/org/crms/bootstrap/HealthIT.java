package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.crms.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database: a node whose database is gone says so instead of failing every
 * request.
 */
class HealthIT {
  @Test
  void health_is_up_with_its_database_and_down_with_503_when_the_database_is_gone()
      throws Exception {
    var database = TestDatabase.freshDatabase();
    try (var app = RunningApp.on(database)) {
      assertThat(app.send("GET", "/health", null, null).statusCode()).isEqualTo(200);

      try (var admin = TestDatabase.shared().connect();
          var statement = admin.createStatement()) {
        statement.execute("DROP DATABASE \"" + database.name() + "\" WITH (FORCE)");
      }

      var down = app.send("GET", "/health", null, null);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(app.read(down).get("status")).isEqualTo("DOWN");
    }
  }
}
