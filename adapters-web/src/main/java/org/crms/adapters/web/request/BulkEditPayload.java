package org.crms.adapters.web.request;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.crms.application.port.in.request.BulkChange;
import org.crms.application.port.in.request.BulkEditRequestsCommand;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Violations;
import org.crms.domain.user.Actor;
import org.crms.domain.user.UserId;

/**
 * A bulk edit as sent by API clients: which requests, and the one change for all of them.
 *
 * @param ids 1 to 200 request ids
 * @param change exactly one of {@code status}, {@code ownerId} (null to unassign; {@code owner} is
 *     read the same), {@code priority}, {@code dueOn} (null to clear) or {@code typeId}; a map, so
 *     that a key sent as null is told apart from a key not sent
 */
@Serdeable
record BulkEditPayload(List<String> ids, Map<String, Object> change) {
  private static final String ONE_CHANGE =
      "Give exactly one change: status, ownerId, priority, dueOn or typeId.";

  /**
   * @throws InvalidValueException naming {@code ids} and {@code change} when they are invalid
   */
  BulkEditRequestsCommand command(Actor actor) {
    var violations = new Violations();
    var requestIds = violations.check(this::requestIds);
    var bulkChange = violations.check(this::bulkChange);
    violations.throwIfAny();
    return new BulkEditRequestsCommand(actor, requestIds, bulkChange);
  }

  private List<ClientRequestId> requestIds() {
    if (ids == null) {
      throw new InvalidValueException("ids", "This field is required.");
    }
    return ids.stream()
        .map(
            raw ->
                new ClientRequestId(
                    ClientRequestPayload.read(
                        "ids", () -> RequestValues.uuid(raw == null ? "" : raw))))
        .toList();
  }

  private BulkChange bulkChange() {
    if (change == null || change.size() != 1) {
      throw new InvalidValueException("change", ONE_CHANGE);
    }
    var entry = change.entrySet().iterator().next();
    var field = "change." + entry.getKey();
    var value = entry.getValue();
    return switch (entry.getKey()) {
      case "status" ->
          BulkChange.status(
              read(
                  field,
                  () -> RequestValues.constant(RequestStatus.class, required(field, value))));
      case "ownerId", "owner" ->
          BulkChange.owner(value == null ? null : new UserId(uuid(field, value)));
      case "priority" ->
          BulkChange.priority(
              read(field, () -> RequestValues.constant(Priority.class, required(field, value))));
      case "dueOn" ->
          BulkChange.dueOn(
              value == null ? null : read(field, () -> RequestValues.date(text(field, value))));
      case "typeId" -> BulkChange.type(new RequestTypeId(uuid(field, required(field, value))));
      default -> throw new InvalidValueException("change", ONE_CHANGE);
    };
  }

  private static UUID uuid(String field, Object value) {
    return read(field, () -> RequestValues.uuid(text(field, value)));
  }

  private static String required(String field, Object value) {
    if (value == null) {
      throw new InvalidValueException(field, "This field is required.");
    }
    return text(field, value);
  }

  private static String text(String field, Object value) {
    if (value instanceof String text) {
      return text;
    }
    throw new InvalidValueException(field, "Must be text.");
  }

  private static <T> T read(String field, Supplier<T> parse) {
    return ClientRequestPayload.read(field, parse);
  }
}
