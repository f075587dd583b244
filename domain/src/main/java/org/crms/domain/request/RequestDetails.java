package org.crms.domain.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.crms.domain.client.ClientId;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.Text;
import org.crms.domain.shared.Violations;

/**
 * What a person edits on a request: its client and type, title (1 to 200 characters), description
 * (at most 10,000), reference such as a payment reference (at most 255), priority, and due date.
 * Always valid once built.
 */
public record RequestDetails(
    ClientId clientId,
    RequestTypeId typeId,
    String title,
    String description,
    String reference,
    Priority priority,
    LocalDate dueOn) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 10_000;
  public static final int MAX_REFERENCE = 255;

  public RequestDetails {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(typeId, "typeId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(priority, "priority");
  }

  /**
   * Parses raw input, reporting every invalid field at once; priority defaults to NORMAL.
   *
   * @param dueOn null to let the request type's target decide
   * @throws org.crms.domain.shared.InvalidValueException naming each field that broke its rule
   */
  public static RequestDetails parse(
      ClientId clientId,
      RequestTypeId typeId,
      String title,
      String description,
      String reference,
      Priority priority,
      LocalDate dueOn) {
    var violations = new Violations();
    var parsedTitle = violations.check(() -> Text.required("title", title, MAX_TITLE));
    var parsedDescription =
        violations.check(
            () -> Text.bounded("description", Text.optional(description), MAX_DESCRIPTION));
    var parsedReference =
        violations.check(() -> Text.bounded("reference", Text.optional(reference), MAX_REFERENCE));
    if (clientId == null) {
      violations.check(() -> Text.required("clientId", null, 1));
    }
    if (typeId == null) {
      violations.check(() -> Text.required("typeId", null, 1));
    }
    violations.throwIfAny();
    return new RequestDetails(
        clientId,
        typeId,
        parsedTitle,
        parsedDescription,
        parsedReference,
        priority == null ? Priority.NORMAL : priority,
        dueOn);
  }

  public Optional<LocalDate> due() {
    return Optional.ofNullable(dueOn);
  }

  /** The same details with another due date; null for none. */
  public RequestDetails withDueOn(LocalDate date) {
    return new RequestDetails(clientId, typeId, title, description, reference, priority, date);
  }

  /** The same details with another priority. */
  public RequestDetails withPriority(Priority next) {
    return new RequestDetails(clientId, typeId, title, description, reference, next, dueOn);
  }

  /** The same details with another request type. */
  public RequestDetails withType(RequestTypeId next) {
    return new RequestDetails(clientId, next, title, description, reference, priority, dueOn);
  }
}
