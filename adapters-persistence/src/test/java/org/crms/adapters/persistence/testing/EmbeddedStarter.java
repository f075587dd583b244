package org.crms.adapters.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Starts a zonky embedded PostgreSQL; kept apart so that other sources never load zonky's classes.
 */
final class EmbeddedStarter {
  private static final String USER = "postgres";
  // The embedded server trusts local connections; a password is given only because clients expect
  // one.
  private static final String PASSWORD = "postgres";

  private EmbeddedStarter() {}

  static DatabaseServer.Started start() {
    EmbeddedPostgres postgres;
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setRegisterShutdownHook(false)
              // Durability is worthless for a throw-away server and costs time on every commit.
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
    var base = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
    try (var connection = DriverManager.getConnection(base + "postgres", USER, PASSWORD);
        var statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE crms");
    } catch (SQLException e) {
      closeQuietly(postgres);
      throw new IllegalStateException("Could not create the test database", e);
    }
    return new DatabaseServer.Started(base + "crms", USER, PASSWORD, () -> closeQuietly(postgres));
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException e) {
      System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
    }
  }
}
