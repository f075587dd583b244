package org.crms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.AUDIT_EVENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqAuditTrailIT {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqAuditTrail trail = new JooqAuditTrail(dsl);
  private UserId actor;

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
    actor = TestUsers.persisted(dsl, Role.ADMIN).id();
  }

  private AuditEvent event(UserId by, AuditAction action, List<FieldChange> changes) {
    return AuditEvent.of(by, AT, action, ItemType.CLIENT, UUID.randomUUID(), changes);
  }

  /**
   * Compared by PostgreSQL as jsonb, so that key order and spacing do not matter but values and
   * nulls do.
   */
  private boolean storedChangesEqual(AuditEvent event, String expectedJson) {
    return storedJsonEquals("changes", event, expectedJson);
  }

  private boolean storedDetailsEqual(AuditEvent event, String expectedJson) {
    return storedJsonEquals("details", event, expectedJson);
  }

  private boolean storedJsonEquals(String column, AuditEvent event, String expectedJson) {
    return dsl.fetchSingle(
            "select " + column + " = cast(? as jsonb) from audit_event where id = ?",
            expectedJson,
            event.id())
        .get(0, Boolean.class);
  }

  @Test
  void an_event_is_stored_with_every_field() {
    var event =
        event(actor, AuditAction.UPDATED, List.of(new FieldChange("name", "Acme", "Acme Ltd")));

    trail.append(event);

    var row = dsl.fetchSingle(AUDIT_EVENT, AUDIT_EVENT.ID.eq(event.id()));
    assertThat(row.getOccurredAt()).isEqualTo(AT);
    assertThat(row.getActorId()).isEqualTo(actor.value());
    assertThat(row.getAction()).isEqualTo("UPDATED");
    assertThat(row.getItemType()).isEqualTo("CLIENT");
    assertThat(row.getItemId()).isEqualTo(event.itemId());
    assertThat(
            storedChangesEqual(
                event, "[{\"field\": \"name\", \"old\": \"Acme\", \"new\": \"Acme Ltd\"}]"))
        .isTrue();
  }

  @Test
  void every_action_and_item_type_is_stored_as_its_code() {
    for (var action : AuditAction.values()) {
      for (var type : ItemType.values()) {
        trail.append(AuditEvent.of(actor, AT, action, type, UUID.randomUUID(), List.of()));
      }
    }

    var codes = new ArrayList<String>();
    for (var action :
        List.of(
            "CREATED",
            "UPDATED",
            "STATUS_CHANGED",
            "DELETED",
            "RESTORED",
            "REGISTERED",
            "LOGIN_SUCCEEDED",
            "LOGIN_FAILED",
            "LOGGED_OUT",
            "ACTIVATED",
            "DEACTIVATED",
            "ROLE_CHANGED",
            "TOKEN_CREATED",
            "TOKEN_REVOKED")) {
      for (var type : List.of("CLIENT", "REQUEST_TYPE", "REQUEST", "CONTACT_RECORD", "USER")) {
        codes.add(action + "/" + type);
      }
    }
    assertThat(
            dsl.fetch("select action || '/' || item_type from audit_event")
                .getValues(0, String.class))
        .containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void missing_values_are_json_nulls_and_awkward_text_survives() {
    var awkward = "quote \" backslash \\ newline \n tab \t unicode ü € 😀";
    var event =
        event(
            actor,
            AuditAction.CREATED,
            List.of(
                new FieldChange("email", null, "a@example.org"),
                new FieldChange("phone", "0123", null),
                new FieldChange("name", null, awkward)));

    trail.append(event);

    assertThat(
            storedChangesEqual(
                event,
                """
        [{"field": "email", "old": null, "new": "a@example.org"},
         {"field": "phone", "old": "0123", "new": null},
         {"field": "name", "old": null, "new": "quote \\" backslash \\\\ newline \\n tab \\t unicode ü € 😀"}]
        """))
        .isTrue();
    assertThat(
            dsl.fetchValue(
                "select changes -> 2 ->> 'new' from audit_event where id = ?", event.id()))
        .isEqualTo(awkward);
  }

  @Test
  void an_event_without_changes_or_actor_is_stored_with_an_empty_array() {
    var event = event(null, AuditAction.DELETED, List.of());

    trail.append(event);

    assertThat(storedChangesEqual(event, "[]")).isTrue();
    assertThat(dsl.fetchValue(AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.ID.eq(event.id()))).isNull();
  }

  @Test
  void an_event_without_details_is_stored_with_an_empty_object() {
    var event = event(actor, AuditAction.UPDATED, List.of(new FieldChange("name", "a", "b")));

    trail.append(event);

    assertThat(storedDetailsEqual(event, "{}")).isTrue();
  }

  @Test
  void details_are_stored_as_a_json_object_of_text_and_awkward_text_survives() {
    var awkward = "quote \" backslash \\ newline \n tab \t unicode ü € 😀";
    var tokenId = UUID.randomUUID();
    var event =
        AuditEvent.withDetails(
            actor,
            AT,
            AuditAction.TOKEN_CREATED,
            ItemType.USER,
            actor.value(),
            Map.of("tokenId", tokenId.toString(), "tokenName", awkward, "empty", ""));

    trail.append(event);

    assertThat(
            storedDetailsEqual(
                event,
                """
        {"tokenId": "%s",
         "tokenName": "quote \\" backslash \\\\ newline \\n tab \\t unicode ü € 😀",
         "empty": ""}
        """
                    .formatted(tokenId)))
        .isTrue();
    assertThat(
            dsl.fetchValue(
                "select details ->> 'tokenName' from audit_event where id = ?", event.id()))
        .isEqualTo(awkward);
    assertThat(storedChangesEqual(event, "[]")).isTrue();
  }

  @Test
  void an_event_about_no_item_is_stored_with_a_null_item_id() {
    var event =
        AuditEvent.withDetails(
            null,
            AT,
            AuditAction.LOGIN_FAILED,
            ItemType.USER,
            null,
            Map.of("username", "nobody", "address", "203.0.113.7"));

    trail.append(event);

    var row = dsl.fetchSingle(AUDIT_EVENT, AUDIT_EVENT.ID.eq(event.id()));
    assertThat(row.getItemId()).isNull();
    assertThat(row.getActorId()).isNull();
    assertThat(row.getAction()).isEqualTo("LOGIN_FAILED");
    assertThat(row.getItemType()).isEqualTo("USER");
    assertThat(
            storedDetailsEqual(event, "{\"username\": \"nobody\", \"address\": \"203.0.113.7\"}"))
        .isTrue();
  }

  @Test
  void the_database_refuses_details_that_are_not_an_object() {
    for (var notAnObject : List.of("[]", "\"text\"", "null", "1")) {
      assertThatThrownBy(
              () ->
                  dsl.execute(
                      "insert into audit_event (id, occurred_at, action, item_type, details)"
                          + " values (?, now(), 'CREATED', 'CLIENT', cast(? as jsonb))",
                      UUID.randomUUID(),
                      notAnObject))
          .as(notAnObject)
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("audit_event_details_is_object");
    }
  }

  @Test
  void the_database_refuses_to_update_an_event() {
    var event = event(actor, AuditAction.CREATED, List.of());
    trail.append(event);

    var rewrite =
        dsl.update(AUDIT_EVENT)
            .set(AUDIT_EVENT.ACTION, "DELETED")
            .where(AUDIT_EVENT.ID.eq(event.id()));

    assertThatThrownBy(rewrite::execute)
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(dsl.fetchValue(AUDIT_EVENT.ACTION, AUDIT_EVENT.ID.eq(event.id())))
        .isEqualTo("CREATED");
  }

  @Test
  void the_database_refuses_to_delete_an_event() {
    var event = event(actor, AuditAction.CREATED, List.of());
    trail.append(event);

    assertThatThrownBy(
            () -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(event.id())).execute())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(1);
  }
}
