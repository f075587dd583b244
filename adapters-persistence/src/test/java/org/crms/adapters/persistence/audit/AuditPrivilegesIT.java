package org.crms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.crms.adapters.persistence.client.JooqClientRepository;
import org.crms.adapters.persistence.testing.DatabaseServer;
import org.crms.adapters.persistence.testing.Migrations;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.adapters.persistence.user.JooqUserRepository;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Role;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The database role the application runs as can add to the audit trail and read it, but can neither
 * rewrite nor remove it: UPDATE, DELETE and TRUNCATE fail for lack of privilege, before the
 * append-only trigger is even asked. Tried in both setups of docs/operations.md: one role that
 * migrates and runs the application, and an owner role for migrations with a separate application
 * role holding only the grants the guide gives it.
 */
class AuditPrivilegesIT {
  private static final String INSUFFICIENT_PRIVILEGE = "42501";
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");
  private static final String PASSWORD = "role-password-" + suffix();
  private final DatabaseServer server = TestDatabase.server();
  private final String owner = "crms_owner_" + suffix();
  private final String app = "crms_app_" + suffix();
  private TestDatabase database;

  @BeforeEach
  void makeRoles() {
    server.execute("CREATE ROLE " + owner + " LOGIN PASSWORD '" + PASSWORD + "'");
    server.execute("CREATE ROLE " + app + " LOGIN PASSWORD '" + PASSWORD + "'");
    database = server.emptyDatabaseOwnedBy(owner);
  }

  @AfterEach
  void dropRoles() {
    server.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    server.execute("DROP ROLE IF EXISTS " + app);
    server.execute("DROP ROLE IF EXISTS " + owner);
  }

  @Test
  void one_role_that_migrates_and_runs_the_application_cannot_rewrite_the_trail() {
    var single = database.as(owner, PASSWORD);
    Migrations.flyway(single).migrate();

    try (single) {
      assertTheTrailIsAppendOnlyFor(single.dsl());
    }
  }

  @Test
  void an_application_role_next_to_an_owner_role_cannot_rewrite_the_trail() {
    var asOwner = database.as(owner, PASSWORD);
    var asApp = database.as(app, PASSWORD);
    grantAsTheOperationsGuideSays(asOwner.dsl());
    Migrations.upTo(asOwner, "5").migrate();
    // Default privileges gave the application role every table privilege the guide grants, on the
    // audit trail too; the migration must take the dangerous ones back.
    assertThat(privilegesOfApp(asOwner.dsl())).contains("UPDATE", "DELETE");

    Migrations.flyway(asOwner).migrate();

    assertThat(privilegesOfApp(asOwner.dsl())).containsExactlyInAnyOrder("SELECT", "INSERT");
    try (asOwner;
        asApp) {
      assertTheApplicationCanWorkWith(asApp.dsl());
      assertTheTrailIsAppendOnlyFor(asApp.dsl());
      assertTheTrailIsAppendOnlyFor(asOwner.dsl());
    }
  }

  /** The statements of "Separate roles for migrations and the application" in operations.md. */
  private void grantAsTheOperationsGuideSays(DSLContext asOwner) {
    asOwner.execute("GRANT CONNECT ON DATABASE " + database.name() + " TO " + app);
    asOwner.execute("GRANT USAGE ON SCHEMA public TO " + app);
    asOwner.execute(
        "ALTER DEFAULT PRIVILEGES FOR ROLE "
            + owner
            + " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "
            + app);
    asOwner.execute(
        "ALTER DEFAULT PRIVILEGES FOR ROLE "
            + owner
            + " IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "
            + app);
  }

  private List<String> privilegesOfApp(DSLContext dsl) {
    return dsl
        .fetchValues(
            "select privilege_type from information_schema.role_table_grants"
                + " where table_name = 'audit_event' and grantee = ?",
            app)
        .stream()
        .map(String::valueOf)
        .toList();
  }

  /** What the application does every day still works with only the guide's grants. */
  private void assertTheApplicationCanWorkWith(DSLContext asApp) {
    var user = TestUsers.persisted(asApp, Role.ADMIN);
    var clients = new JooqClientRepository(asApp);
    var client =
        clients.add(
            Client.open(ClientDetails.parse("Acme", null, null, null, true), user.asActor(), AT));
    client.revise(ClientDetails.parse("Acme Ltd", null, null, null, true), user.asActor(), AT);
    clients.update(client);
    new JooqUserRepository(asApp).recordLogin(user.id(), AT);
    assertThat(clients.findById(client.id()).orElseThrow().name().value()).isEqualTo("Acme Ltd");
  }

  private void assertTheTrailIsAppendOnlyFor(DSLContext dsl) {
    var event =
        AuditEvent.of(
            null,
            AT,
            AuditAction.UPDATED,
            ItemType.CLIENT,
            UUID.randomUUID(),
            List.of(new FieldChange("name", "Acme", "Acme Ltd")));
    new JooqAuditTrail(dsl).append(event);
    var before = dsl.fetchCount(AUDIT_EVENT);

    refusedForLackOfPrivilege(
        () ->
            dsl.update(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTION, "DELETED")
                .where(AUDIT_EVENT.ID.eq(event.id()))
                .execute());
    refusedForLackOfPrivilege(
        () -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(event.id())).execute());
    refusedForLackOfPrivilege(() -> dsl.truncate(AUDIT_EVENT).execute());

    assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(before);
    assertThat(dsl.fetchValue(AUDIT_EVENT.ACTION, AUDIT_EVENT.ID.eq(event.id())))
        .isEqualTo("UPDATED");
    assertThat(
            new JooqAuditLog(dsl)
                .list(AuditFilter.ofItem(ItemType.CLIENT, event.itemId()), null, 10))
        .singleElement()
        .satisfies(entry -> assertThat(entry.event()).isEqualTo(event));
  }

  private static void refusedForLackOfPrivilege(Executable statement) {
    assertThatThrownBy(statement::execute)
        .isInstanceOfSatisfying(
            DataAccessException.class,
            e -> assertThat(e.sqlState()).isEqualTo(INSUFFICIENT_PRIVILEGE))
        .hasMessageContaining("permission denied");
  }

  private static String suffix() {
    return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }
}
