package org.crms.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryAuditLog;
import org.crms.application.fakes.InMemoryUserRepository;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.audit.AuditEntry;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.in.audit.GetItemHistoryQuery;
import org.crms.application.port.in.audit.ItemNotFoundException;
import org.crms.application.port.in.audit.ListAuditEventsQuery;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Actor;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditServicesTest {
  private static final Instant T0 = Instant.parse("2026-04-01T12:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAuditLog log = new InMemoryAuditLog(users);
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final GetItemHistoryService history = new GetItemHistoryService(log, unitOfWork);
  private final ListAuditEventsService auditLog = new ListAuditEventsService(log, unitOfWork);
  private final User admin = user("admin1", Role.ADMIN);
  private final User worker = user("worker", Role.LIMITED);

  private User user(String name, Role role) {
    return users.add(
        User.builder()
            .id(UserId.newId())
            .username(new Username(name))
            .email(new EmailAddress(name + "@example.org"))
            .role(role)
            .active(true)
            .passwordHash(new PasswordHash("h"))
            .createdAt(T0)
            .build());
  }

  private AuditEvent append(User by, int minutes, AuditAction action, ItemType type, UUID item) {
    var event =
        AuditEvent.of(
            by.id(),
            T0.plusSeconds(60L * minutes),
            action,
            type,
            item,
            List.of(new FieldChange("name", "a" + minutes, "b" + minutes)));
    log.append(event);
    return event;
  }

  private GetItemHistoryQuery historyOf(User reader, ItemType type, UUID id, int limit) {
    return new GetItemHistoryQuery(reader.asActor(), type, id, new PageLimit(limit), null);
  }

  @Test
  void an_items_history_is_newest_first_names_the_actors_and_pages_with_a_position() {
    var client = UUID.randomUUID();
    var created = append(worker, 0, AuditAction.CREATED, ItemType.CLIENT, client);
    var updated = append(admin, 5, AuditAction.UPDATED, ItemType.CLIENT, client);
    var deleted = append(admin, 9, AuditAction.DELETED, ItemType.CLIENT, client);
    append(admin, 7, AuditAction.CREATED, ItemType.CLIENT, UUID.randomUUID());

    var first = history.history(historyOf(worker, ItemType.CLIENT, client, 2));
    var second =
        history.history(
            new GetItemHistoryQuery(
                worker.asActor(), ItemType.CLIENT, client, new PageLimit(2), first.next()));

    assertThat(ids(first.items())).containsExactly(deleted.id(), updated.id());
    assertThat(first.items().getFirst().actorName()).isEqualTo(admin.username());
    assertThat(ids(second.items())).containsExactly(created.id());
    assertThat(second.items().getFirst().actorName()).isEqualTo(worker.username());
    assertThat(second.next()).isNull();
    assertThat(unitOfWork.reads()).isEqualTo(2);
    assertThat(unitOfWork.writes()).isZero();
  }

  @Test
  void an_id_without_history_is_not_found() {
    append(admin, 0, AuditAction.CREATED, ItemType.CLIENT, UUID.randomUUID());
    var unknown = UUID.randomUUID();

    assertThatThrownBy(() -> history.history(historyOf(worker, ItemType.CLIENT, unknown, 10)))
        .isInstanceOf(ItemNotFoundException.class)
        .hasMessage("Client " + unknown + " was not found.");
  }

  @Test
  void an_item_of_another_kind_with_that_id_is_no_history_of_this_kind() {
    var id = UUID.randomUUID();
    append(admin, 0, AuditAction.CREATED, ItemType.REQUEST_TYPE, id);

    assertThatThrownBy(() -> history.history(historyOf(worker, ItemType.CONTACT_RECORD, id, 10)))
        .isInstanceOf(ItemNotFoundException.class)
        .hasMessage("Contact record " + id + " was not found.");
  }

  @ParameterizedTest
  @EnumSource(
      value = ItemType.class,
      names = {"CLIENT", "REQUEST_TYPE", "REQUEST", "CONTACT_RECORD"})
  void a_limited_user_reads_the_history_of_records(ItemType type) {
    var item = UUID.randomUUID();
    append(admin, 0, AuditAction.CREATED, type, item);

    assertThat(history.history(historyOf(worker, type, item, 10)).items()).hasSize(1);
  }

  @Test
  void a_users_history_is_for_admins_only_and_a_limited_user_learns_nothing() {
    append(admin, 0, AuditAction.ROLE_CHANGED, ItemType.USER, worker.id().value());

    assertThat(history.history(historyOf(admin, ItemType.USER, worker.id().value(), 10)).items())
        .hasSize(1);
    var readsBefore = unitOfWork.reads();
    assertThatThrownBy(
            () -> history.history(historyOf(worker, ItemType.USER, admin.id().value(), 10)))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.permission()).isEqualTo(Permission.MANAGE_USERS));
    assertThatThrownBy(
            () -> history.history(historyOf(worker, ItemType.USER, UUID.randomUUID(), 10)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(unitOfWork.reads()).isEqualTo(readsBefore);
  }

  @Test
  void the_global_log_applies_the_filter_and_pages_newest_first() {
    var client = UUID.randomUUID();
    append(worker, 0, AuditAction.CREATED, ItemType.CLIENT, client);
    var first = append(admin, 1, AuditAction.UPDATED, ItemType.CLIENT, client);
    var second = append(admin, 2, AuditAction.DELETED, ItemType.CLIENT, client);
    var third = append(admin, 3, AuditAction.UPDATED, ItemType.REQUEST_TYPE, UUID.randomUUID());
    append(admin, 4, AuditAction.UPDATED, ItemType.CLIENT, client);
    var filter =
        new AuditFilter(
            admin.id(),
            Set.of(AuditAction.UPDATED, AuditAction.DELETED),
            null,
            null,
            new InstantRange(T0, T0.plusSeconds(240)));

    var page = auditLog.list(query(admin.asActor(), filter, 2, null));
    var next = auditLog.list(query(admin.asActor(), filter, 2, page.next()));

    assertThat(ids(page.items())).containsExactly(third.id(), second.id());
    assertThat(ids(next.items())).containsExactly(first.id());
    assertThat(next.next()).isNull();
  }

  @Test
  void the_global_log_is_for_admins_only() {
    append(admin, 0, AuditAction.CREATED, ItemType.CLIENT, UUID.randomUUID());

    assertThatThrownBy(() -> auditLog.list(query(worker.asActor(), AuditFilter.all(), 10, null)))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.permission()).isEqualTo(Permission.VIEW_AUDIT_LOG));
    assertThat(unitOfWork.reads()).isZero();
  }

  @Test
  void an_empty_global_log_is_an_empty_page_not_an_error() {
    var page = auditLog.list(query(admin.asActor(), AuditFilter.all(), 10, null));

    assertThat(page.items()).isEmpty();
    assertThat(page.next()).isNull();
  }

  private static ListAuditEventsQuery query(
      Actor actor, AuditFilter filter, int limit, AuditPosition after) {
    return new ListAuditEventsQuery(actor, filter, new PageLimit(limit), after);
  }

  private static List<UUID> ids(List<AuditEntry> entries) {
    return entries.stream().map(e -> e.event().id()).toList();
  }
}
