package org.crms.bootstrap.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by CRMS itself when no {@code DATABASE_URL} is given, so that trying CRMS
 * needs nothing but a JDK. Real PostgreSQL binaries, with a data directory that survives restarts.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String DATABASE = "postgres";
  private static final String USER = "postgres";
  private final EmbeddedPostgres server;

  private EmbeddedDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts the server on the data directory, creating it on first use. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      var server =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .start();
      LOG.info(
          "Embedded PostgreSQL started on port {} with data in {}",
          server.getPort(),
          dataDirectory);
      return new EmbeddedDatabase(server);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  public DatabaseUrl url() {
    return new DatabaseUrl(
        "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE, USER, "");
  }

  @Override
  public void close() {
    try {
      server.close();
      LOG.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
