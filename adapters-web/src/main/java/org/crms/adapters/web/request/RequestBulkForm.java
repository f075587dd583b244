package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Supplier;
import org.crms.application.port.in.request.BulkChange;
import org.crms.application.port.in.request.BulkEditRequestsCommand;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.UserId;

/**
 * The bulk bar of the request list: the ticked requests, which change the pressed button asks for,
 * and the value of each change's field.
 *
 * @param ids the ticked requests, one {@code ids} field each
 * @param change status, owner, priority, dueOn or typeId: the button pressed
 * @param owner "me", "none" or a user's id
 * @param dueOn an ISO date; empty clears the due date
 * @param back the list to come back to (a local path only)
 */
@Serdeable
record RequestBulkForm(
    @Nullable List<String> ids,
    @Nullable String change,
    @Nullable String status,
    @Nullable String owner,
    @Nullable String priority,
    @Nullable String dueOn,
    @Nullable String typeId,
    @Nullable String back) {

  /**
   * @throws InvalidValueException when nothing is ticked or a value does not parse
   */
  BulkEditRequestsCommand command(Actor actor) {
    var requestIds =
        (ids == null ? List.<String>of() : ids)
            .stream()
                .map(id -> new ClientRequestId(read("ids", () -> RequestValues.uuid(id))))
                .toList();
    return new BulkEditRequestsCommand(actor, requestIds, change(actor));
  }

  private BulkChange change(Actor actor) {
    return switch (change == null ? "" : change) {
      case "status" -> BulkChange.status(constant(RequestStatus.class, "status", status));
      case "owner" -> BulkChange.owner(owner(actor));
      case "priority" -> BulkChange.priority(constant(Priority.class, "priority", priority));
      case "dueOn" ->
          BulkChange.dueOn(blank(dueOn) ? null : read("dueOn", () -> RequestValues.date(dueOn)));
      case "typeId" ->
          BulkChange.type(new RequestTypeId(read("typeId", () -> RequestValues.uuid(typeId))));
      default -> throw new InvalidValueException("change", "Choose what to change.");
    };
  }

  private UserId owner(Actor actor) {
    return switch (owner == null ? "" : owner) {
      case "me" -> actor.userId();
      case "none" -> null;
      default -> new UserId(read("owner", () -> RequestValues.uuid(owner)));
    };
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String field, String raw) {
    return read(field, () -> RequestValues.constant(type, blank(raw) ? "" : raw));
  }

  private static boolean blank(String raw) {
    return raw == null || raw.isBlank();
  }

  private static <T> T read(String field, Supplier<T> parse) {
    return ClientRequestPayload.read(field, parse);
  }
}
