package org.crms.adapters.web.request;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Violations;
import org.crms.domain.user.UserId;

/**
 * The editable fields of a client request as sent by API clients. Ids, the priority and the due
 * date arrive as text and are read here, so that a bad one is reported with the others, by field.
 *
 * @param clientId the client the request is for (required)
 * @param typeId the kind of request (required)
 * @param title 1 to 200 characters (required)
 * @param description at most 10,000 characters
 * @param reference e.g. a payment reference, at most 255 characters
 * @param priority LOW, NORMAL, HIGH or URGENT; NORMAL when absent
 * @param dueOn an ISO date; when absent on creation the request type's target days decide it, and
 *     on an update absent means no due date
 * @param ownerId the user who handles the request, an active one; absent for nobody
 */
@Serdeable
record ClientRequestPayload(
    String clientId,
    String typeId,
    String title,
    String description,
    String reference,
    String priority,
    String dueOn,
    String ownerId) {
  /** Stands in for a malformed id, which is reported already, so that it is not called missing. */
  private static final UUID STAND_IN = new UUID(0, 0);

  /** The details and the owner, read together. */
  record Parsed(RequestDetails details, UserId owner) {}

  /**
   * @throws InvalidValueException naming every invalid field
   */
  Parsed parse() {
    var violations = new Violations();
    var client = violations.check(() -> id("clientId", clientId, ClientId::new));
    var type = violations.check(() -> id("typeId", typeId, RequestTypeId::new));
    var level = violations.check(this::level);
    var due = violations.check(this::due);
    var owner = violations.check(() -> id("ownerId", ownerId, UserId::new));
    var clientOrStandIn = client == null && present(clientId) ? new ClientId(STAND_IN) : client;
    var typeOrStandIn = type == null && present(typeId) ? new RequestTypeId(STAND_IN) : type;
    var details =
        violations.check(
            () ->
                RequestDetails.parse(
                    clientOrStandIn, typeOrStandIn, title, description, reference, level, due));
    violations.throwIfAny();
    return new Parsed(details, owner);
  }

  private Priority level() {
    return present(priority)
        ? read("priority", () -> RequestValues.constant(Priority.class, priority))
        : null;
  }

  private LocalDate due() {
    return present(dueOn) ? read("dueOn", () -> RequestValues.date(dueOn)) : null;
  }

  private static <T> T id(String field, String raw, Function<UUID, T> id) {
    return present(raw) ? id.apply(read(field, () -> RequestValues.uuid(raw))) : null;
  }

  private static boolean present(String raw) {
    return raw != null && !raw.isBlank();
  }

  /** Turns a value that does not parse into a field error. */
  static <T> T read(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(field, e.getMessage());
    }
  }
}
