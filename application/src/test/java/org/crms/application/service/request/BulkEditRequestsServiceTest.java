package org.crms.application.service.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.crms.application.port.in.request.BulkChange;
import org.crms.application.port.in.request.BulkEditRequestsCommand;
import org.crms.application.port.in.request.BulkEditResult.Item;
import org.crms.application.port.in.request.BulkEditResult.Outcome;
import org.crms.application.port.in.request.ChangeRequestStatusCommand;
import org.crms.application.port.in.request.ClientRequestNotFoundException;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.IllegalStatusTransitionException;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class BulkEditRequestsServiceTest {
  private final RequestWorld world = new RequestWorld();

  private ClientRequest inProgress(String title) {
    var request = world.opened(title);
    return world.status.changeStatus(
        new ChangeRequestStatusCommand(
            world.limited, request.id(), RequestStatus.IN_PROGRESS, null));
  }

  private List<ClientRequestId> ids(ClientRequest... requests) {
    return Stream.of(requests).map(ClientRequest::id).toList();
  }

  @Test
  void completes_what_the_workflow_allows_and_refuses_the_rest_one_by_one() {
    var first = inProgress("first");
    var pending = world.opened("pending");
    var third = inProgress("third");
    var eventsBefore = world.audit.events().size();
    var writesBefore = world.unitOfWork.writes();

    var result =
        world.bulk.edit(
            new BulkEditRequestsCommand(
                world.limited,
                ids(first, pending, third),
                BulkChange.status(RequestStatus.COMPLETED)));

    assertThat(result.items())
        .extracting(Item::id, Item::outcome)
        .containsExactly(
            tuple(first.id(), Outcome.APPLIED),
            tuple(pending.id(), Outcome.REFUSED),
            tuple(third.id(), Outcome.APPLIED));
    assertThat(result.applied()).isEqualTo(2);
    assertThat(result.items().get(1).problem())
        .isInstanceOf(IllegalStatusTransitionException.class)
        .hasMessageContaining("Pending")
        .hasMessageContaining("Completed");
    assertThat(world.audit.events().subList(eventsBefore, eventsBefore + 2))
        .allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.STATUS_CHANGED))
        .allSatisfy(
            e ->
                assertThat(e.changes())
                    .containsExactly(new FieldChange("status", "IN_PROGRESS", "COMPLETED")));
    assertThat(world.audit.events()).hasSize(eventsBefore + 2);
    assertThat(world.unitOfWork.writes() - writesBefore).as("one transaction each").isEqualTo(3);
  }

  @Test
  void a_request_already_as_asked_is_unchanged_and_an_unknown_one_refused() {
    var done = inProgress("done");
    world.bulk.edit(
        new BulkEditRequestsCommand(
            world.limited, ids(done), BulkChange.status(RequestStatus.COMPLETED)));
    var unknown = ClientRequestId.newId();

    var result =
        world.bulk.edit(
            new BulkEditRequestsCommand(
                world.limited,
                List.of(done.id(), unknown),
                BulkChange.status(RequestStatus.COMPLETED)));

    assertThat(result.items())
        .extracting(Item::outcome)
        .containsExactly(Outcome.UNCHANGED, Outcome.REFUSED);
    assertThat(result.items().get(1).problem()).isInstanceOf(ClientRequestNotFoundException.class);
    assertThat(result.applied()).isZero();
  }

  @Test
  void sets_owner_priority_due_date_and_type_as_ordinary_audited_updates() {
    var request = world.opened("one");
    var owner = world.user("owner", true).id();
    var otherType = world.type("Other", null, true);
    var ids = ids(request);

    world.bulk.edit(new BulkEditRequestsCommand(world.limited, ids, BulkChange.owner(owner)));
    world.bulk.edit(
        new BulkEditRequestsCommand(world.limited, ids, BulkChange.priority(Priority.HIGH)));
    world.bulk.edit(
        new BulkEditRequestsCommand(
            world.limited, ids, BulkChange.dueOn(LocalDate.parse("2026-04-30"))));
    world.bulk.edit(new BulkEditRequestsCommand(world.limited, ids, BulkChange.type(otherType)));

    var stored = world.requestRows.findById(request.id()).orElseThrow();
    assertThat(stored.owner()).contains(owner);
    assertThat(stored.details().priority()).isEqualTo(Priority.HIGH);
    assertThat(stored.details().dueOn()).isEqualTo(LocalDate.parse("2026-04-30"));
    assertThat(stored.details().typeId()).isEqualTo(otherType);
    assertThat(stored.version()).isEqualTo(4);
    assertThat(world.audit.events().subList(1, 5))
        .extracting(e -> e.action(), e -> e.changes().getFirst().field())
        .containsExactly(
            tuple(AuditAction.UPDATED, "owner"),
            tuple(AuditAction.UPDATED, "priority"),
            tuple(AuditAction.UPDATED, "dueOn"),
            tuple(AuditAction.UPDATED, "typeId"));

    var again =
        world.bulk.edit(
            new BulkEditRequestsCommand(world.limited, ids, BulkChange.priority(Priority.HIGH)));
    assertThat(again.items()).extracting(Item::outcome).containsExactly(Outcome.UNCHANGED);
  }

  @Test
  void an_owner_who_is_not_an_active_user_is_refused_for_each_request() {
    var a = world.opened("a");
    var b = world.opened("b");
    var inactive = world.user("gone", false).id();

    var result =
        world.bulk.edit(
            new BulkEditRequestsCommand(world.limited, ids(a, b), BulkChange.owner(inactive)));

    assertThat(result.items()).extracting(Item::outcome).containsOnly(Outcome.REFUSED);
    assertThat(result.items().getFirst().problem())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ownerId");
  }

  @Test
  void the_ids_are_bounded_and_a_repeated_id_is_edited_once() {
    var tooMany = Stream.generate(ClientRequestId::newId).limit(201).toList();
    var request = world.opened("a");

    assertThatThrownBy(
            () -> new BulkEditRequestsCommand(world.limited, tooMany, BulkChange.owner(null)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ids");
    assertThatThrownBy(
            () -> new BulkEditRequestsCommand(world.limited, List.of(), BulkChange.owner(null)))
        .isInstanceOf(InvalidValueException.class);
    var result =
        world.bulk.edit(
            new BulkEditRequestsCommand(
                world.limited,
                List.of(request.id(), request.id()),
                BulkChange.priority(Priority.LOW)));
    assertThat(result.items()).extracting(Item::outcome).containsExactly(Outcome.APPLIED);
  }
}
