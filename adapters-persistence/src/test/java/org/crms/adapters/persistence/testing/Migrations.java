package org.crms.adapters.persistence.testing;

import org.flywaydb.core.Flyway;

/** The production Flyway migrations, as the application applies them, for a test database. */
public final class Migrations {
  /** Where the migrations live; the same default location Micronaut's Flyway integration reads. */
  public static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  public static Flyway flyway(TestDatabase database) {
    return Flyway.configure()
        .dataSource(database.jdbcUrl(), database.user(), database.password())
        .locations(LOCATION)
        .load();
  }
}
