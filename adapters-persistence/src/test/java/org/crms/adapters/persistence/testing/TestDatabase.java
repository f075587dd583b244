package org.crms.adapters.persistence.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.crms.adapters.persistence.jooq.Public;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL database for tests, with the Flyway migrations applied. {@link #shared()} and
 * {@link #freshDatabase()} live on one server per JVM, found by {@link
 * DatabaseSource#fromEnvironment()}, started on first use and stopped by a shutdown hook.
 *
 * <pre>{@code
 * var db = TestDatabase.freshDatabase();           // isolated, e.g. for a whole application under test
 * Map<String, String> props = db.micronautProperties();
 * DSLContext dsl = TestDatabase.shared().dsl();    // shared by repository tests; they empty their tables
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
  private static DatabaseServer jvmServer;

  private final String name;
  private final String jdbcUrl;
  private final String user;
  private final String password;
  private HikariDataSource pool;

  TestDatabase(String name, String jdbcUrl, String user, String password) {
    this.name = Objects.requireNonNull(name, "name");
    this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    this.user = user;
    this.password = password;
  }

  /**
   * The database every test in this JVM may share; tests that need it empty must empty it
   * themselves.
   */
  public static TestDatabase shared() {
    return server().mainDatabase();
  }

  /** A new, migrated database with no rows, on this JVM's server. */
  public static TestDatabase freshDatabase() {
    return server().freshDatabase();
  }

  /** This JVM's server, started on first use. */
  public static synchronized DatabaseServer server() {
    if (jvmServer == null) {
      var source = DatabaseSource.fromEnvironment();
      LoggerFactory.getLogger(TestDatabase.class).info("Test database: {}", source.description());
      jvmServer = DatabaseServer.start(source);
      Runtime.getRuntime().addShutdownHook(new Thread(jvmServer::close, "crms-test-database-stop"));
    }
    return jvmServer;
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** The user to log in as, or null when the URL carries it. */
  public String user() {
    return user;
  }

  /** The password, or null when the URL carries it (or none is needed). */
  public String password() {
    return password;
  }

  /** A new connection, not pooled; the caller closes it. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, credentials(user, password));
  }

  /** A small connection pool on this database, made on first use and closed with the server. */
  public synchronized DataSource dataSource() {
    if (pool == null) {
      var config = new HikariConfig();
      config.setPoolName("crms-test-" + name);
      config.setJdbcUrl(jdbcUrl);
      config.setUsername(user);
      config.setPassword(password);
      config.setMaximumPoolSize(4);
      config.setMinimumIdle(0);
      pool = new HikariDataSource(config);
    }
    return pool;
  }

  /**
   * A jOOQ context on {@link #dataSource()}: each statement commits on its own unless a test opens
   * a transaction.
   */
  public DSLContext dsl() {
    return DSL.using(dataSource(), SQLDialect.POSTGRES);
  }

  /**
   * Deletes every row of every application table (Flyway's history stays), e.g. before each
   * repository test. TRUNCATE, because the audit trail refuses DELETE. Nobody holds TRUNCATE on the
   * audit trail (V6), so the owner takes it for the length of the transaction; a superuser needs no
   * grant, but the grant does no harm either.
   */
  public void emptyAllTables() {
    dsl()
        .transaction(
            tx -> {
              tx.dsl().execute("GRANT TRUNCATE ON audit_event TO CURRENT_USER");
              tx.dsl().query("TRUNCATE TABLE {0}", DSL.list(Public.PUBLIC.getTables())).execute();
              tx.dsl().execute("REVOKE TRUNCATE ON audit_event FROM CURRENT_USER");
            });
  }

  /** This database, logged in to as another user, e.g. to test what a role may do. */
  public TestDatabase as(String otherUser, String otherPassword) {
    return new TestDatabase(name, jdbcUrl, otherUser, otherPassword);
  }

  /**
   * The {@code datasources.default.*} properties that point a Micronaut application at this
   * database, e.g. for a {@code TestPropertyProvider}.
   */
  public Map<String, String> micronautProperties() {
    var properties = new LinkedHashMap<String, String>();
    properties.put("datasources.default.url", jdbcUrl);
    properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
    if (user != null) {
      properties.put("datasources.default.username", user);
    }
    if (password != null) {
      properties.put("datasources.default.password", password);
    }
    return properties;
  }

  /** Closes the pool, if one was made; the database itself stays. */
  @Override
  public synchronized void close() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }

  static Properties credentials(String user, String password) {
    var properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  @Override
  public String toString() {
    return "TestDatabase[" + jdbcUrl + "]";
  }
}
