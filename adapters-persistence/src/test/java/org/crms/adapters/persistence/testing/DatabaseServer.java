package org.crms.adapters.persistence.testing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A running PostgreSQL for tests: its main database, migrated, plus new databases on demand.
 * Stopping it stops a server it started; on a server it was only given the address of, it drops the
 * databases it created instead.
 */
public final class DatabaseServer implements AutoCloseable {
  private static final Pattern DATABASE_IN_URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

  private final DatabaseSource source;
  private final Started started;
  private final TestDatabase main;
  private final List<TestDatabase> created = new ArrayList<>();
  private String template;
  private boolean closed;

  /** How to reach a server that was just started (or given), and how to stop it. */
  record Started(String mainUrl, String user, String password, Runnable stop) {}

  private DatabaseServer(DatabaseSource source, Started started) {
    this.source = source;
    this.started = started;
    this.main =
        new TestDatabase(
            databaseOf(started.mainUrl()), started.mainUrl(), started.user(), started.password());
  }

  /** Starts (or, for an explicit URL, connects to) the server and migrates its main database. */
  public static DatabaseServer start(DatabaseSource source) {
    var started =
        switch (source) {
          case DatabaseSource.ExplicitUrl explicit ->
              new Started(explicit.url(), explicit.user(), explicit.password(), () -> {});
          case DatabaseSource.Container container -> ContainerStarter.start(container.image());
          case DatabaseSource.Embedded embedded -> EmbeddedStarter.start();
        };
    var server = new DatabaseServer(source, started);
    try {
      Migrations.flyway(server.main).migrate();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public DatabaseSource source() {
    return source;
  }

  /**
   * The database the server was started with (or the explicit URL's), with the migrations applied.
   */
  public TestDatabase mainDatabase() {
    return main;
  }

  /**
   * A new database with the migrations applied and no rows, copied from a migrated template (much
   * faster than migrating each one). For a test class that starts a whole application and must not
   * see other tests' rows.
   */
  public synchronized TestDatabase freshDatabase() {
    if (template == null) {
      var candidate = createDatabase("crms_template_", "TEMPLATE template0");
      Migrations.flyway(candidate).migrate();
      candidate.close();
      template = candidate.name();
    }
    return createDatabase("crms_fresh_", "TEMPLATE " + template);
  }

  /** A new database without even the migrations: for testing the migrations themselves. */
  public synchronized TestDatabase emptyDatabase() {
    return createDatabase("crms_empty_", "TEMPLATE template0");
  }

  /**
   * A new database without the migrations, owned by a role the caller made, as an installation that
   * gives the application its own roles would have it. Logged in to as the server's user.
   */
  public synchronized TestDatabase emptyDatabaseOwnedBy(String owner) {
    return createDatabase("crms_owned_", "TEMPLATE template0 OWNER " + owner);
  }

  /** Runs one statement on the server as its user (e.g. CREATE ROLE), outside any database's. */
  public void execute(String sql) {
    admin(sql);
  }

  private TestDatabase createDatabase(String prefix, String options) {
    var name = prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    // The copy fails while anyone is connected to the template; only this class ever connects to
    // it, briefly.
    admin("CREATE DATABASE " + name + " " + options);
    var database = new TestDatabase(name, urlOf(name), started.user(), started.password());
    created.add(database);
    return database;
  }

  private void admin(String sql) {
    try (var connection = main.connect();
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not run \"" + sql + "\" on the test database server", e);
    }
  }

  private String urlOf(String database) {
    var matcher = DATABASE_IN_URL.matcher(started.mainUrl());
    if (!matcher.matches()) {
      throw new IllegalStateException(
          "Expected a URL like jdbc:postgresql://host[:port]/database[?...], got "
              + started.mainUrl());
    }
    return matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
  }

  private static String databaseOf(String url) {
    var matcher = DATABASE_IN_URL.matcher(url);
    return matcher.matches() ? matcher.group(2) : url;
  }

  /**
   * Closes the pools, drops what it created on a server it does not own, and stops a server it
   * owns.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    created.forEach(TestDatabase::close);
    main.close();
    if (source instanceof DatabaseSource.ExplicitUrl) {
      created.forEach(database -> dropQuietly(database.name()));
    }
    started.stop().run();
  }

  private void dropQuietly(String name) {
    try (var connection = main.connect();
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      System.err.println("Could not drop test database " + name + ": " + e.getMessage());
    }
  }
}
