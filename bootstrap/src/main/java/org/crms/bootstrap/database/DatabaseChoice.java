package org.crms.bootstrap.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which database the application uses: {@code DATABASE_URL} when it is set, otherwise an
 * embedded PostgreSQL whose data lives in {@code CRMS_DATA_DIR} (default {@code ~/.crms/postgres}).
 */
public final class DatabaseChoice implements AutoCloseable {
  private final DatabaseUrl url;
  private final EmbeddedDatabase embedded;

  private DatabaseChoice(DatabaseUrl url, EmbeddedDatabase embedded) {
    this.url = url;
    this.embedded = embedded;
  }

  public static DatabaseChoice fromEnvironment(Map<String, String> env) {
    var configured = Optional.ofNullable(env.get("DATABASE_URL")).filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      return new DatabaseChoice(DatabaseUrl.parse(configured.get()), null);
    }
    var embedded = EmbeddedDatabase.start(dataDirectory(env));
    return new DatabaseChoice(embedded.url(), embedded);
  }

  static Path dataDirectory(Map<String, String> env) {
    var configured = env.get("CRMS_DATA_DIR");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".crms", "postgres");
  }

  /** Micronaut properties for the default datasource. */
  public Map<String, Object> properties() {
    var props = new LinkedHashMap<String, Object>();
    props.put("datasources.default.url", url.jdbcUrl());
    props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
    if (url.username() != null) {
      props.put("datasources.default.username", url.username());
    }
    if (url.password() != null) {
      props.put("datasources.default.password", url.password());
    }
    return props;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
