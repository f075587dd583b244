package org.crms.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.crms.adapters.persistence.testing.Migrations;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class MigrationsIT {

  @Test
  void the_migrations_apply_cleanly_to_an_empty_database() {
    var empty = TestDatabase.server().emptyDatabase();
    assertThat(empty.dsl().fetchValue("select to_regclass('public.client')")).isNull();

    var result = Migrations.flyway(empty).migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrationsExecuted).isEqualTo(1);
    assertThat(result.targetSchemaVersion).isEqualTo("1");
    var tables =
        empty
            .dsl()
            .fetch("select table_name from information_schema.tables where table_schema = 'public'")
            .getValues(0, String.class);
    assertThat(tables)
        .containsExactlyInAnyOrder(
            "app_user", "access_token", "client", "audit_event", "flyway_schema_history");
    Migrations.flyway(empty).validate();
  }

  @Test
  void no_foreign_key_cascades() {
    var dsl = TestDatabase.shared().dsl();

    var foreignKeys = dsl.fetchValues("select conname from pg_constraint where contype = 'f'");
    // 'c' is CASCADE in pg_constraint's action codes (a = no action, r = restrict, n = set null, d
    // = set default).
    var cascading =
        dsl.fetchValues(
            "select conname from pg_constraint where contype = 'f' and (confdeltype = 'c' or confupdtype = 'c')");

    assertThat(foreignKeys).as("foreign keys to check").isNotEmpty();
    assertThat(cascading).isEmpty();
  }
}
