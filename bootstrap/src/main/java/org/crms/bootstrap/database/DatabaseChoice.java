package org.crms.bootstrap.database;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which database the application uses: {@code DATABASE_URL} when it is set, otherwise an
 * embedded PostgreSQL whose data lives in {@code CRMS_DATA_DIR} (default {@code ~/.crms/postgres}).
 * With {@code DATABASE_URL}, {@code CRMS_MIGRATION_DATABASE_URL} may name another login (usually
 * the schema's owner) for applying migrations, so that the application's own login needs no more
 * than to read and write rows.
 */
public final class DatabaseChoice implements AutoCloseable {
  static final String MIGRATION_URL = "CRMS_MIGRATION_DATABASE_URL";

  private final DatabaseUrl url;
  private final DatabaseUrl migrationUrl;
  private final EmbeddedDatabase embedded;

  private DatabaseChoice(DatabaseUrl url, DatabaseUrl migrationUrl, EmbeddedDatabase embedded) {
    this.url = url;
    this.migrationUrl = migrationUrl;
    this.embedded = embedded;
  }

  /**
   * @throws IllegalArgumentException with a message fit for an operator when a URL cannot be used,
   *     or a migration URL is given without {@code DATABASE_URL}
   */
  public static DatabaseChoice fromEnvironment(Map<String, String> env) {
    var configured = setting(env, "DATABASE_URL");
    var migration = setting(env, MIGRATION_URL);
    if (configured.isPresent()) {
      var migrationUrl = migration.map(DatabaseUrl::parse).orElse(null);
      return new DatabaseChoice(DatabaseUrl.parse(configured.get()), migrationUrl, null);
    }
    if (migration.isPresent()) {
      throw new IllegalArgumentException(
          MIGRATION_URL + " is set but DATABASE_URL is not: the embedded database has one login");
    }
    var embedded = EmbeddedDatabase.start(dataDirectory(env));
    return new DatabaseChoice(embedded.url(), null, embedded);
  }

  private static Optional<String> setting(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).filter(s -> !s.isBlank());
  }

  static Path dataDirectory(Map<String, String> env) {
    var configured = env.get("CRMS_DATA_DIR");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".crms", "postgres");
  }

  /**
   * Micronaut properties for the default datasource, and for Flyway when migrations use a login of
   * their own: they then run through a Flyway configuration that no datasource is named after, so
   * they run once, as that login, and never again through the application's pool.
   */
  public Map<String, Object> properties() {
    var props = new LinkedHashMap<String, Object>();
    props.put("datasources.default.url", url.jdbcUrl());
    props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
    putLogin(props, "datasources.default.username", "datasources.default.password", url);
    if (migrationUrl != null) {
      props.put("flyway.datasources.default.enabled", false);
      props.put("flyway.datasources.migrations.enabled", true);
      props.put("flyway.datasources.migrations.url", migrationUrl.jdbcUrl());
      putLogin(
          props,
          "flyway.datasources.migrations.user",
          "flyway.datasources.migrations.password",
          migrationUrl);
    }
    return props;
  }

  private static void putLogin(
      Map<String, Object> props, String userKey, String passwordKey, DatabaseUrl url) {
    if (url.username() != null) {
      props.put(userKey, url.username());
    }
    if (url.password() != null) {
      props.put(passwordKey, url.password());
    }
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
