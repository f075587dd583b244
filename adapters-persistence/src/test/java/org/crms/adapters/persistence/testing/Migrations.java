package org.crms.adapters.persistence.testing;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;

/** The production Flyway migrations, as the application applies them, for a test database. */
public final class Migrations {
  /** Where the migrations live; the same default location Micronaut's Flyway integration reads. */
  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /**
   * Every migration version on the classpath, in order, so that tests need no edit per migration.
   */
  public static List<String> versions(TestDatabase database) {
    return Arrays.stream(flyway(database).info().all())
        .map(m -> m.getVersion().getVersion())
        .toList();
  }

  /** Flyway that migrates no further than the given version, to test one migration on old data. */
  public static Flyway upTo(TestDatabase database, String version) {
    return Flyway.configure()
        .configuration(flyway(database).getConfiguration())
        .target(version)
        .load();
  }

  public static Flyway flyway(TestDatabase database) {
    return Flyway.configure()
        .dataSource(database.jdbcUrl(), database.user(), database.password())
        .locations(LOCATION)
        .load();
  }
}
