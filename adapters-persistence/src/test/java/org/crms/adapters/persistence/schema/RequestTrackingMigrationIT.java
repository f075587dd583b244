package org.crms.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.persistence.testing.Migrations;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** V5, request tracking: where it applies, and the indexes that lists, search and dashboard use. */
class RequestTrackingMigrationIT {
  private static final List<String> NEW_TABLES =
      List.of("request_type", "client_request", "contact_record");

  @Test
  void applies_to_an_empty_database_with_pg_trgm() {
    try (var database = TestDatabase.server().emptyDatabase()) {
      var result = Migrations.upTo(database, "5").migrate();

      assertThat(result.success).isTrue();
      assertThat(result.targetSchemaVersion).isEqualTo("5");
      var dsl = database.dsl();
      for (var table : NEW_TABLES) {
        assertThat(dsl.fetchValue("select to_regclass(?)::text", table)).isEqualTo(table);
      }
      assertThat(dsl.fetchValue("select count(*) from pg_extension where extname = 'pg_trgm'"))
          .isEqualTo(1L);
    }
  }

  /**
   * V5 on a database that V1 to V4 filled: the old rows stay as they were, the trigram index on
   * client names covers them, and a request can be opened for an old client.
   */
  @Test
  void applies_to_a_database_with_v1_to_v4_data() {
    try (var database = TestDatabase.server().emptyDatabase()) {
      assertThat(Migrations.upTo(database, "4").migrate().targetSchemaVersion).isEqualTo("4");
      var dsl = database.dsl();
      var user = UUID.randomUUID();
      var live = UUID.randomUUID();
      var trashed = UUID.randomUUID();
      dsl.execute(
          "insert into app_user (id, username, email, role, active, password_hash, created_at)"
              + " values (?, 'before', 'before@example.org', 'ADMIN', true, 'h', now())",
          user);
      dsl.execute(
          "insert into client (id, name, created_at, created_by, updated_at, updated_by)"
              + " values (?, 'Acme Widgets Ltd', now(), ?, now(), ?)",
          live,
          user,
          user);
      dsl.execute(
          "insert into client (id, name, created_at, updated_at, deleted_at, deleted_by)"
              + " values (?, 'Old Widgets', now(), now(), now(), ?)",
          trashed,
          user);
      dsl.execute(
          "insert into access_token (id, user_id, token_hash, kind, issued_at, expires_at)"
              + " values (?, ?, 'hash', 'BROWSER', now(), now() + interval '1 hour')",
          UUID.randomUUID(),
          user);
      dsl.execute(
          "insert into audit_event (id, occurred_at, actor_id, action, item_type, item_id)"
              + " values (?, now(), ?, 'CREATED', 'CLIENT', ?)",
          UUID.randomUUID(),
          user,
          live);

      var result = Migrations.upTo(database, "5").migrate();

      assertThat(result.migrationsExecuted).isEqualTo(1);
      assertThat(dsl.fetchValue("select count(*) from client")).isEqualTo(2L);
      assertThat(dsl.fetchValue("select count(*) from audit_event")).isEqualTo(1L);
      assertThat(
              dsl.fetch(
                      "select id from client where lower(name) like '%' || lower(?) || '%'",
                      "WIDGET")
                  .getValues(0, UUID.class))
          .containsExactlyInAnyOrder(live, trashed);
      var rows = new TrackingRows(dsl);
      var request = rows.request().with("client_id", live).with("created_by", user).insert();
      assertThat(dsl.fetchValue("select client_id from client_request where id = ?", request))
          .isEqualTo(live);
    }
  }

  @Test
  void the_expected_indexes_exist() {
    var dsl = TestDatabase.shared().dsl();
    var indexes = new HashMap<String, String>();
    for (var index :
        dsl.fetch(
            "select indexname, indexdef from pg_indexes where schemaname = 'public'"
                + " and tablename in ('request_type', 'client_request', 'contact_record', 'client')")) {
      indexes.put(index.get(0, String.class), index.get(1, String.class));
    }
    var live = "WHERE (deleted_at IS NULL)";

    var expected =
        Map.ofEntries(
            Map.entry("request_type_live_name_uq", "(lower(name)) " + live),
            Map.entry("request_type_live_name_id_idx", "(lower(name), id) " + live),
            Map.entry("client_request_search_idx", "USING gin (search)"),
            Map.entry(
                "client_request_reference_trgm_idx", "USING gin (lower(reference) gin_trgm_ops)"),
            Map.entry("client_request_live_recent_idx", "(created_at DESC, id DESC) " + live),
            Map.entry("client_request_live_status_due_idx", "(status, due_on) " + live),
            Map.entry("client_request_live_owner_status_idx", "(owner_id, status) " + live),
            Map.entry(
                "client_request_live_client_idx", "(client_id, created_at DESC, id DESC) " + live),
            Map.entry("client_request_live_type_idx", "(type_id) " + live),
            Map.entry("client_request_live_updated_idx", "(updated_at) " + live),
            Map.entry("contact_record_search_idx", "USING gin (search)"),
            Map.entry(
                "contact_record_payment_reference_trgm_idx",
                "USING gin (lower(payment_reference) gin_trgm_ops)"),
            Map.entry(
                "contact_record_full_name_trgm_idx",
                "USING gin (lower(((first_name || ' '::text) || last_name)) gin_trgm_ops)"),
            Map.entry(
                "contact_record_live_follow_up_idx",
                "(follow_up_on) WHERE ((outcome = 'AWAITING_RESPONSE'::text)"
                    + " AND (deleted_at IS NULL))"),
            Map.entry("contact_record_request_idx", "(request_id)"),
            Map.entry("contact_record_live_recent_idx", "(contacted_at DESC, id DESC) " + live),
            Map.entry("client_name_trgm_idx", "USING gin (lower(name) gin_trgm_ops)"));

    expected.forEach(
        (name, definition) ->
            assertThat(indexes)
                .as(name)
                .hasEntrySatisfying(name, d -> assertThat(d).endsWith(definition)));
    assertThat(indexes.get("request_type_live_name_uq")).startsWith("CREATE UNIQUE INDEX");
  }

  /**
   * Test support truncates every generated table at once; the new foreign keys must not stop it.
   */
  @Test
  void emptying_all_tables_empties_the_new_ones() {
    try (var database = TestDatabase.freshDatabase()) {
      var dsl = database.dsl();
      var rows = new TrackingRows(dsl);
      var request = rows.request().with("owner_id", rows.user()).insert();
      rows.contact().with("request_id", request).insert();

      database.emptyAllTables();

      for (var table : NEW_TABLES) {
        assertThat(dsl.fetchValue("select count(*) from " + table)).as(table).isEqualTo(0L);
      }
      assertThat(dsl.fetchValue("select count(*) from client")).isEqualTo(0L);
    }
  }
}
