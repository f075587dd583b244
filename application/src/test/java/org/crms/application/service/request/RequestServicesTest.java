package org.crms.application.service.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.application.service.request.RequestWorld.NOW;

import java.time.LocalDate;
import java.util.List;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.request.ChangeRequestStatusCommand;
import org.crms.application.port.in.request.ClientRequestNotFoundException;
import org.crms.application.port.in.request.DeleteRequestCommand;
import org.crms.application.port.in.request.GetRequestQuery;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.OpenRequestCommand;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.application.port.in.request.RestoreRequestCommand;
import org.crms.application.port.in.request.UpdateRequestCommand;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.IllegalStatusTransitionException;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestNotDeletedException;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestServicesTest {
  private final RequestWorld world = new RequestWorld();

  private static List<String> fields(Throwable e) {
    return ((InvalidValueException) e).violations().stream().map(FieldViolation::field).toList();
  }

  @Nested
  class opening {
    @Test
    void stores_a_pending_request_due_the_types_target_and_audits_every_field() {
      var owner = world.user("owner", true).id();
      var request =
          world.open.open(new OpenRequestCommand(world.limited, world.details("Fix it"), owner));

      assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
      assertThat(request.details().dueOn()).isEqualTo(LocalDate.parse("2026-04-15"));
      assertThat(request.owner()).contains(owner);
      assertThat(world.requestRows.findById(request.id())).isPresent();
      var event = world.audit.last();
      assertThat(event.action()).isEqualTo(AuditAction.CREATED);
      assertThat(event.itemType()).isEqualTo(ItemType.REQUEST);
      assertThat(event.itemId()).isEqualTo(request.id().value());
      assertThat(event.actor()).isEqualTo(world.limited.userId());
      assertThat(event.occurredAt()).isEqualTo(NOW);
      assertThat(event.changes())
          .contains(
              new FieldChange("title", null, "Fix it"),
              new FieldChange("status", null, "PENDING"),
              new FieldChange("dueOn", null, "2026-04-15"),
              new FieldChange("owner", null, owner.toString()));
      assertThat(world.unitOfWork.writes()).isEqualTo(1);
    }

    @Test
    void an_explicit_due_date_wins_over_the_types_target() {
      var details = world.details("Fix it").withDueOn(LocalDate.parse("2026-05-01"));
      var request = world.open.open(new OpenRequestCommand(world.limited, details, null));

      assertThat(request.details().dueOn()).isEqualTo(LocalDate.parse("2026-05-01"));
    }

    @Test
    void refuses_every_bad_reference_at_once_and_stores_nothing() {
      var details =
          RequestDetails.parse(
              ClientId.newId(), RequestTypeId.newId(), "Fix it", null, null, null, null);

      assertThatThrownBy(
              () -> world.open.open(new OpenRequestCommand(world.limited, details, UserId.newId())))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(fields(e)).containsExactly("clientId", "typeId", "ownerId"));
      assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void refuses_an_inactive_type_and_an_inactive_owner() {
      var inactiveType = world.type("Old kind", null, false);
      var details = RequestDetails.parse(world.client, inactiveType, "x", null, null, null, null);
      var inactiveOwner = world.user("gone", false).id();

      assertThatThrownBy(
              () -> world.open.open(new OpenRequestCommand(world.limited, details, inactiveOwner)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("typeId: This request type is inactive")
          .hasMessageContaining("ownerId: This user's account is inactive");
    }

    @Test
    void refuses_a_client_in_the_trash() {
      var client = world.clients.findById(world.client).orElseThrow();
      client.delete(world.admin, 0, NOW);
      world.clients.update(client);

      assertThatThrownBy(() -> world.opened("Fix it"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("clientId: This client is in the trash.");
    }
  }

  @Nested
  class reading {
    @Test
    void gets_a_live_request_and_not_one_in_the_trash() {
      var request = world.opened("Fix it");
      assertThat(world.query.get(new GetRequestQuery(world.limited, request.id())).id())
          .isEqualTo(request.id());

      world.delete.delete(new DeleteRequestCommand(world.admin, request.id()));

      assertThatThrownBy(() -> world.query.get(new GetRequestQuery(world.limited, request.id())))
          .isInstanceOf(ClientRequestNotFoundException.class);
    }

    @Test
    void lists_the_callers_own_requests_and_judges_overdue_on_the_clocks_day() {
      var mine = world.opened("Mine");
      world.update.update(
          new UpdateRequestCommand(
              world.limited,
              mine.id(),
              0,
              mine.details().withDueOn(LocalDate.parse("2026-03-31")),
              world.limited.userId()));
      world.opened("Someone else's, due in two weeks");

      var own =
          world.query.list(
              new ListRequestsQuery(
                  world.limited,
                  RequestFilter.builder().mine(true).build(),
                  RequestSort.DEFAULT,
                  PageLimit.orDefault(null),
                  null));
      var overdue =
          world.query.list(
              new ListRequestsQuery(
                  world.admin,
                  RequestFilter.builder().overdue(true).build(),
                  RequestSort.DEFAULT,
                  PageLimit.orDefault(null),
                  null));

      assertThat(own.items()).extracting(r -> r.details().title()).containsExactly("Mine");
      assertThat(overdue.items()).extracting(r -> r.details().title()).containsExactly("Mine");
    }

    @Test
    void pages_carry_the_position_of_their_last_request_in_the_sort_asked_for() {
      world.opened("b");
      world.opened("a");
      world.opened("c");
      var byTitle = new RequestSort(RequestSort.Key.TITLE, false);

      var first =
          world.query.list(
              new ListRequestsQuery(
                  world.limited, RequestFilter.all(), byTitle, new PageLimit(2), null));
      var rest =
          world.query.list(
              new ListRequestsQuery(
                  world.limited, RequestFilter.all(), byTitle, new PageLimit(2), first.next()));

      assertThat(first.items()).extracting(r -> r.details().title()).containsExactly("a", "b");
      assertThat(first.next().sort()).isEqualTo(byTitle);
      assertThat(rest.items()).extracting(r -> r.details().title()).containsExactly("c");
      assertThat(rest.next()).isNull();
    }

    @Test
    void a_position_of_another_sort_is_refused() {
      var position = RequestPosition.of(world.opened("a"), RequestSort.DEFAULT);
      var byTitle = new RequestSort(RequestSort.Key.TITLE, false);

      assertThatThrownBy(
              () ->
                  new ListRequestsQuery(
                      world.limited, RequestFilter.all(), byTitle, new PageLimit(1), position))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("cursor");
    }
  }

  @Nested
  class updating {
    @Test
    void needs_the_current_version_and_audits_each_changed_field_from_old_to_new() {
      var request = world.opened("Fix it");
      var owner = world.user("owner", true).id();
      var next = world.details("Fix it today").withPriority(Priority.URGENT);

      var updated =
          world.update.update(
              new UpdateRequestCommand(world.limited, request.id(), 0, next, owner));

      assertThat(updated.version()).isEqualTo(1);
      assertThat(world.audit.last().action()).isEqualTo(AuditAction.UPDATED);
      assertThat(world.audit.last().changes())
          .containsExactly(
              new FieldChange("title", "Fix it", "Fix it today"),
              new FieldChange("priority", "NORMAL", "URGENT"),
              new FieldChange("dueOn", "2026-04-15", null),
              new FieldChange("owner", null, owner.toString()));
      assertThatThrownBy(
              () ->
                  world.update.update(
                      new UpdateRequestCommand(world.limited, request.id(), 0, next, owner)))
          .isInstanceOf(StaleAggregateException.class);
    }

    @Test
    void the_same_values_change_nothing_and_write_nothing() {
      var request = world.opened("Fix it");

      var same =
          world.update.update(
              new UpdateRequestCommand(world.limited, request.id(), 0, request.details(), null));

      assertThat(same.version()).isZero();
      assertThat(world.audit.events()).hasSize(1);
    }

    @Test
    void only_changed_references_are_checked() {
      var owner = world.user("owner", true);
      var request =
          world.open.open(
              new OpenRequestCommand(world.limited, world.details("Fix it"), owner.id()));
      var type = world.types.findById(world.type).orElseThrow();
      type.revise(RequestTypeDetails.parse("Plugin Updates", null, 14, false), world.admin, NOW);
      world.types.update(type);
      owner.deactivate(world.admin, 1);
      world.users.update(owner);
      var retitled = request.details().withPriority(Priority.HIGH);

      var kept =
          world.update.update(
              new UpdateRequestCommand(world.limited, request.id(), 0, retitled, owner.id()));
      var otherType = world.type("Other", null, false);

      assertThat(kept.details().priority()).isEqualTo(Priority.HIGH);
      assertThatThrownBy(
              () ->
                  world.update.update(
                      new UpdateRequestCommand(
                          world.limited, request.id(), 1, retitled.withType(otherType), null)))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(fields(e)).containsExactly("typeId"));
    }

    @Test
    void an_unknown_request_is_not_found() {
      assertThatThrownBy(
              () ->
                  world.update.update(
                      new UpdateRequestCommand(
                          world.limited, ClientRequestId.newId(), 0, world.details("x"), null)))
          .isInstanceOf(ClientRequestNotFoundException.class);
    }
  }

  @Nested
  class changingStatus {
    @Test
    void audits_each_move_with_its_statuses_and_refuses_an_illegal_one() {
      var request = world.opened("Fix it");

      var started =
          world.status.changeStatus(
              new ChangeRequestStatusCommand(
                  world.limited, request.id(), RequestStatus.IN_PROGRESS, 0L));

      assertThat(started.status()).isEqualTo(RequestStatus.IN_PROGRESS);
      assertThat(started.startedAt()).contains(NOW);
      assertThat(started.version()).isEqualTo(1);
      assertThat(world.audit.last().action()).isEqualTo(AuditAction.STATUS_CHANGED);
      assertThat(world.audit.last().changes())
          .containsExactly(new FieldChange("status", "PENDING", "IN_PROGRESS"));
      assertThatThrownBy(
              () ->
                  world.status.changeStatus(
                      new ChangeRequestStatusCommand(
                          world.limited, request.id(), RequestStatus.IN_PROGRESS, null)))
          .isInstanceOf(IllegalStatusTransitionException.class);
      assertThat(world.audit.events()).hasSize(2);
    }

    @Test
    void an_expected_version_must_be_the_current_one() {
      var request = world.opened("Fix it");

      assertThatThrownBy(
              () ->
                  world.status.changeStatus(
                      new ChangeRequestStatusCommand(
                          world.limited, request.id(), RequestStatus.IN_PROGRESS, 3L)))
          .isInstanceOf(StaleAggregateException.class);
    }
  }

  @Nested
  class trash {
    @Test
    void a_limited_user_may_neither_delete_nor_restore() {
      var request = world.opened("Fix it");

      assertThatThrownBy(
              () -> world.delete.delete(new DeleteRequestCommand(world.limited, request.id())))
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(
              () -> world.restore.restore(new RestoreRequestCommand(world.limited, request.id())))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(world.audit.events()).hasSize(1);
    }

    @Test
    void an_admin_deletes_and_restores_each_audited() {
      var request = world.opened("Fix it");

      world.delete.delete(new DeleteRequestCommand(world.admin, request.id()));
      assertThat(world.audit.last().action()).isEqualTo(AuditAction.DELETED);
      assertThatThrownBy(
              () -> world.delete.delete(new DeleteRequestCommand(world.admin, request.id())))
          .isInstanceOf(ClientRequestNotFoundException.class);

      var restored = world.restore.restore(new RestoreRequestCommand(world.admin, request.id()));
      assertThat(restored.isDeleted()).isFalse();
      assertThat(world.audit.last().action()).isEqualTo(AuditAction.RESTORED);
      assertThatThrownBy(
              () -> world.restore.restore(new RestoreRequestCommand(world.admin, request.id())))
          .isInstanceOf(RequestNotDeletedException.class);
    }

    @Test
    void a_request_of_a_client_in_the_trash_stays_in_the_trash() {
      var request = world.opened("Fix it");
      world.delete.delete(new DeleteRequestCommand(world.admin, request.id()));
      var client = world.clients.findById(world.client).orElseThrow();
      client.delete(world.admin, 0, NOW);
      world.clients.update(client);

      assertThatThrownBy(
              () -> world.restore.restore(new RestoreRequestCommand(world.admin, request.id())))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(fields(e)).containsExactly("clientId"));
      assertThat(world.requestRows.findById(request.id()).orElseThrow().isDeleted()).isTrue();
    }
  }
}
