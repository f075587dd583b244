package org.crms.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.crms.adapters.persistence.testing.Migrations;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationsIT {

  @Test
  void the_migrations_apply_cleanly_to_an_empty_database() {
    var empty = TestDatabase.server().emptyDatabase();
    assertThat(empty.dsl().fetchValue("select to_regclass('public.client')")).isNull();

    var result = Migrations.flyway(empty).migrate();

    assertThat(result.success).isTrue();
    var versions = Migrations.versions(empty);
    assertThat(result.migrationsExecuted).isEqualTo(versions.size());
    assertThat(result.targetSchemaVersion).isEqualTo(versions.getLast());
    var tables =
        empty
            .dsl()
            .fetch("select table_name from information_schema.tables where table_schema = 'public'")
            .getValues(0, String.class);
    assertThat(tables)
        .containsExactlyInAnyOrder(
            "app_user",
            "access_token",
            "client",
            "audit_event",
            "attempt_counter",
            "request_type",
            "client_request",
            "contact_record",
            "idempotency_key",
            "flyway_schema_history");
    Migrations.flyway(empty).validate();
  }

  /**
   * V2 on a database that V1 already filled: the tokens of the time were all login sessions, and
   * events of the time have no details. Neither change may trip the audit trail's append-only
   * trigger.
   */
  @Test
  void v2_keeps_the_rows_v1_stored() {
    var database = TestDatabase.server().emptyDatabase();
    var v1 =
        Flyway.configure()
            .configuration(Migrations.flyway(database).getConfiguration())
            .target("1")
            .load();
    assertThat(v1.migrate().targetSchemaVersion).isEqualTo("1");
    var dsl = database.dsl();
    var user = UUID.randomUUID();
    var token = UUID.randomUUID();
    var event = UUID.randomUUID();
    dsl.execute(
        "insert into app_user (id, username, email, role, active, password_hash, created_at)"
            + " values (?, 'before', 'before@example.org', 'ADMIN', true, 'h', now())",
        user);
    dsl.execute(
        "insert into access_token (id, user_id, token_hash, issued_at, expires_at)"
            + " values (?, ?, 'hash', now(), now() + interval '1 hour')",
        token,
        user);
    dsl.execute(
        "insert into audit_event (id, occurred_at, actor_id, action, item_type, item_id)"
            + " values (?, now(), ?, 'CREATED', 'USER', ?)",
        event,
        user,
        user);

    var result = Migrations.upTo(database, "2").migrate();

    assertThat(result.migrationsExecuted).isEqualTo(1);
    assertThat(
            dsl.fetchSingle("select kind, name from access_token where id = ?", token).intoArray())
        .containsExactly("SESSION", null);
    assertThat(
            dsl.fetchValue(
                "select details = '{}'::jsonb and item_id = actor_id from audit_event where id = ?",
                event))
        .isEqualTo(true);
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
