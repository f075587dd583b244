package org.crms.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} must do with what its {@link AuditTrail} wrote. Extended by the
 * in-memory fake and by the jOOQ adapter, so that both behave alike. Each test starts from an empty
 * trail.
 */
public abstract class AuditLogContract {
  // Microseconds: what PostgreSQL keeps of an instant.
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

  protected abstract AuditTrail trail();

  protected abstract AuditLog log();

  /** A user that exists wherever the log finds actors' usernames. */
  protected abstract User persistedUser(Role role);

  private AuditEvent append(
      UserId actor, Instant at, AuditAction action, ItemType type, UUID item) {
    var event = AuditEvent.of(actor, at, action, type, item, List.of());
    trail().append(event);
    return event;
  }

  private AuditEvent append(UserId actor, Instant at) {
    return append(actor, at, AuditAction.UPDATED, ItemType.CLIENT, UUID.randomUUID());
  }

  private List<AuditEntry> list(AuditFilter filter) {
    return log().list(filter, null, 100);
  }

  private static Instant hoursLater(long hours) {
    return T0.plus(hours, ChronoUnit.HOURS);
  }

  @Test
  void an_event_reads_back_with_every_field_and_the_username_of_its_actor() {
    var user = persistedUser(Role.ADMIN);
    var event =
        new AuditEvent(
            UUID.randomUUID(),
            T0,
            user.id(),
            AuditAction.UPDATED,
            ItemType.CLIENT,
            UUID.randomUUID(),
            List.of(
                new FieldChange("name", "Acme", "Acme Ltd"),
                new FieldChange("email", null, "office@acme.example"),
                new FieldChange("phone", "0123", null),
                new FieldChange("notes", "quote \" backslash \\ ü 😀", "")),
            Map.of("reason", "typo", "empty", ""));

    trail().append(event);

    assertThat(list(AuditFilter.all()))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.event()).isEqualTo(event);
              assertThat(entry.event().changes()).isEqualTo(event.changes());
              assertThat(entry.actorName()).isEqualTo(user.username());
            });
  }

  @Test
  void an_event_of_the_system_about_no_item_has_no_actor_and_no_item() {
    var event =
        AuditEvent.withDetails(
            null,
            T0,
            AuditAction.LOGIN_FAILED,
            ItemType.USER,
            null,
            Map.of("username", "nobody", "address", "203.0.113.7"));

    trail().append(event);

    var entry = list(AuditFilter.all()).getFirst();
    assertThat(entry.event()).isEqualTo(event);
    assertThat(entry.actorName()).isNull();
  }

  @Test
  void lists_newest_first_and_breaks_ties_between_events_of_one_instant_by_id() {
    var actor = persistedUser(Role.LIMITED).id();
    var appended = new ArrayList<AuditEvent>();
    for (var hours : List.of(0L, 2L, 1L, 1L, 1L, 3L)) {
      appended.add(append(actor, hoursLater(hours)));
    }

    var expected =
        appended.stream()
            .sorted(
                Comparator.comparing(AuditEvent::occurredAt)
                    .thenComparing(e -> e.id().toString())
                    .reversed())
            .map(AuditEvent::id)
            .toList();
    assertThat(ids(list(AuditFilter.all()))).containsExactlyElementsOf(expected);
  }

  @Test
  void paging_continues_strictly_after_the_position_and_visits_every_event_once() {
    var actor = persistedUser(Role.LIMITED).id();
    for (var hours : List.of(0L, 1L, 1L, 1L, 2L, 2L, 3L)) {
      append(actor, hoursLater(hours));
    }
    var everything = ids(list(AuditFilter.all()));

    var seen = new ArrayList<UUID>();
    AuditPosition after = null;
    for (var i = 0; i < 10; i++) {
      var page = log().list(AuditFilter.all(), after, 2);
      if (page.isEmpty()) {
        break;
      }
      seen.addAll(ids(page));
      after = AuditPosition.of(page.getLast());
    }
    assertThat(seen).hasSize(7).containsExactlyElementsOf(everything);
  }

  @Test
  void filters_by_the_user_who_acted() {
    var alice = persistedUser(Role.ADMIN).id();
    var bob = persistedUser(Role.LIMITED).id();
    var byAlice = append(alice, T0);
    append(bob, T0);
    append(null, T0);

    assertThat(ids(list(new AuditFilter(alice, Set.of(), null, null, null))))
        .containsExactly(byAlice.id());
  }

  @Test
  void filters_by_one_or_several_actions() {
    var actor = persistedUser(Role.ADMIN).id();
    var item = UUID.randomUUID();
    var created = append(actor, T0, AuditAction.CREATED, ItemType.CLIENT, item);
    var updated = append(actor, hoursLater(1), AuditAction.UPDATED, ItemType.CLIENT, item);
    var deleted = append(actor, hoursLater(2), AuditAction.DELETED, ItemType.CLIENT, item);

    assertThat(ids(list(actions(AuditAction.UPDATED)))).containsExactly(updated.id());
    assertThat(ids(list(actions(AuditAction.CREATED, AuditAction.DELETED))))
        .containsExactly(deleted.id(), created.id());
    assertThat(list(actions(AuditAction.LOGGED_OUT))).isEmpty();
  }

  @Test
  void filters_by_item_type_and_by_item() {
    var actor = persistedUser(Role.ADMIN).id();
    var client = UUID.randomUUID();
    var created = append(actor, T0, AuditAction.CREATED, ItemType.CLIENT, client);
    var updated = append(actor, hoursLater(1), AuditAction.UPDATED, ItemType.CLIENT, client);
    var otherClient = append(actor, T0, AuditAction.CREATED, ItemType.CLIENT, UUID.randomUUID());
    var type = append(actor, T0, AuditAction.CREATED, ItemType.REQUEST_TYPE, UUID.randomUUID());
    append(null, T0, AuditAction.LOGIN_FAILED, ItemType.USER, null);

    assertThat(ids(list(AuditFilter.ofItem(ItemType.CLIENT, client))))
        .containsExactly(updated.id(), created.id());
    assertThat(list(AuditFilter.ofItem(ItemType.REQUEST_TYPE, client))).isEmpty();
    assertThat(ids(list(new AuditFilter(null, Set.of(), null, client, null))))
        .containsExactly(updated.id(), created.id());
    assertThat(ids(list(new AuditFilter(null, Set.of(), ItemType.CLIENT, null, null))))
        .containsExactlyInAnyOrder(created.id(), updated.id(), otherClient.id());
    assertThat(ids(list(new AuditFilter(null, Set.of(), ItemType.REQUEST_TYPE, null, null))))
        .containsExactly(type.id());
  }

  @Test
  void filters_by_period_from_inclusive_to_exclusive() {
    var actor = persistedUser(Role.ADMIN).id();
    var first = append(actor, T0);
    var second = append(actor, hoursLater(1));
    var third = append(actor, hoursLater(2));

    assertThat(ids(list(period(hoursLater(1), hoursLater(2))))).containsExactly(second.id());
    assertThat(ids(list(period(hoursLater(1), null)))).containsExactly(third.id(), second.id());
    assertThat(ids(list(period(null, hoursLater(1))))).containsExactly(first.id());
    assertThat(ids(list(period(T0, T0.plusNanos(1000))))).containsExactly(first.id());
    assertThat(list(period(hoursLater(2), hoursLater(1)))).isEmpty();
  }

  @Test
  void combines_every_filter() {
    var alice = persistedUser(Role.ADMIN).id();
    var bob = persistedUser(Role.ADMIN).id();
    var item = UUID.randomUUID();
    var wanted = append(alice, hoursLater(1), AuditAction.DELETED, ItemType.CLIENT, item);
    append(bob, hoursLater(1), AuditAction.DELETED, ItemType.CLIENT, item);
    append(alice, hoursLater(1), AuditAction.RESTORED, ItemType.CLIENT, item);
    append(alice, hoursLater(5), AuditAction.DELETED, ItemType.CLIENT, item);
    append(alice, hoursLater(1), AuditAction.DELETED, ItemType.REQUEST_TYPE, UUID.randomUUID());

    var filter =
        new AuditFilter(
            alice,
            Set.of(AuditAction.DELETED, AuditAction.CREATED),
            ItemType.CLIENT,
            item,
            new InstantRange(T0, hoursLater(2)));
    assertThat(ids(list(filter))).containsExactly(wanted.id());
  }

  private static AuditFilter actions(AuditAction... actions) {
    return new AuditFilter(null, Set.of(actions), null, null, null);
  }

  private static AuditFilter period(Instant from, Instant to) {
    return new AuditFilter(null, Set.of(), null, null, new InstantRange(from, to));
  }

  private static List<UUID> ids(List<AuditEntry> entries) {
    return entries.stream().map(e -> e.event().id()).toList();
  }
}
