package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.crms.adapters.persistence.testing.DatabaseServer;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.bootstrap.database.DatabaseChoice;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The installation of docs/operations.md with two roles: migrations run as the schema's owner
 * ({@code CRMS_MIGRATION_DATABASE_URL}), the application as a role that may only read and write
 * rows ({@code DATABASE_URL}), and the whole application works that way.
 */
class SeparateDatabaseRolesIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static final String ROLE_PASSWORD = "role-" + suffix();
  private static final DatabaseServer SERVER = TestDatabase.server();
  private static final String OWNER = "crms_owner_" + suffix();
  private static final String APP = "crms_app_" + suffix();
  private static TestDatabase database;
  private static RunningApp app;

  @BeforeAll
  static void start() {
    SERVER.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + ROLE_PASSWORD + "'");
    SERVER.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + ROLE_PASSWORD + "'");
    database = SERVER.emptyDatabaseOwnedBy(OWNER);
    try (var owner = database.as(OWNER, ROLE_PASSWORD)) {
      var dsl = owner.dsl();
      dsl.execute("GRANT CONNECT ON DATABASE " + database.name() + " TO " + APP);
      dsl.execute("GRANT USAGE ON SCHEMA public TO " + APP);
      dsl.execute(
          "ALTER DEFAULT PRIVILEGES FOR ROLE "
              + OWNER
              + " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
              + APP);
      dsl.execute(
          "ALTER DEFAULT PRIVILEGES FOR ROLE "
              + OWNER
              + " IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "
              + APP);
    }
    var env =
        Map.of(
            "DATABASE_URL", urlFor(APP),
            "CRMS_MIGRATION_DATABASE_URL", urlFor(OWNER));
    var settings = new HashMap<String, Object>(DatabaseChoice.fromEnvironment(env).properties());
    settings.put("crms.security.attempts-per-address-per-minute", 10_000);
    app = RunningApp.on(database, settings);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    SERVER.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    SERVER.execute("DROP ROLE IF EXISTS " + APP);
    SERVER.execute("DROP ROLE IF EXISTS " + OWNER);
  }

  @Test
  void the_owner_migrated_the_schema_and_the_application_role_serves_and_audits_requests()
      throws SQLException {
    app.createUser("rolesadmin", PASSWORD, Role.ADMIN);
    var token = app.tokenFor("rolesadmin", PASSWORD);

    var created = app.send("POST", "/api/v1/clients", token, Map.of("name", "Two Roles Ltd"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = (String) app.read(created).get("id");
    var history = app.send("GET", "/api/v1/clients/" + id + "/history", token, null);

    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertThat(ownerOf("client")).isEqualTo(OWNER);
    assertThat(ownerOf("flyway_schema_history")).isEqualTo(OWNER);
    assertThat(appMay("audit_event", "INSERT")).isTrue();
    assertThat(appMay("audit_event", "UPDATE")).isFalse();
    assertThat(appMay("audit_event", "DELETE")).isFalse();
    assertThat(appMay("audit_event", "TRUNCATE")).isFalse();
    assertThat(appMay("client", "UPDATE")).isTrue();
  }

  @Test
  void a_node_with_only_the_applications_login_finds_nothing_to_migrate_and_serves() {
    app.createUser("rolesnode", PASSWORD, Role.LIMITED);
    var settings =
        new HashMap<String, Object>(
            DatabaseChoice.fromEnvironment(Map.of("DATABASE_URL", urlFor(APP))).properties());
    settings.put("crms.security.attempts-per-address-per-minute", 10_000);

    try (var node = RunningApp.on(database, settings)) {
      var token = node.tokenFor("rolesnode", PASSWORD);
      assertThat(node.send("GET", "/api/v1/clients", token, null).statusCode()).isEqualTo(200);
    }
  }

  private static String ownerOf(String table) throws SQLException {
    return query("select tableowner from pg_tables where tablename = '" + table + "'");
  }

  private static boolean appMay(String table, String privilege) throws SQLException {
    // PostgreSQL's text form of a boolean is "t" or "f".
    return query("select has_table_privilege('" + APP + "', '" + table + "', '" + privilege + "')")
        .equals("t");
  }

  private static String query(String sql) throws SQLException {
    try (var connection = database.connect();
        var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** The URL form hosting platforms hand out, for one of the roles. */
  private static String urlFor(String role) {
    return database
        .jdbcUrl()
        .replace("jdbc:postgresql://", "postgres://" + role + ":" + ROLE_PASSWORD + "@");
  }

  private static String suffix() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }
}
