package org.crms.domain.requesttype;

import java.util.Objects;
import java.util.Optional;
import org.crms.domain.shared.Text;
import org.crms.domain.shared.Violations;

/**
 * What a person edits on a request type: name, optional description (at most 10,000 characters),
 * optional default target in days for new requests, and whether it is offered for new requests.
 */
public record RequestTypeDetails(
    RequestTypeName name, String description, TargetDays targetDays, boolean active) {
  public static final int MAX_DESCRIPTION = 10_000;

  public RequestTypeDetails {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Parses raw input, reporting every invalid field at once.
   *
   * @param targetDays null for no default due date
   * @throws org.crms.domain.shared.InvalidValueException naming each field that broke its rule
   */
  public static RequestTypeDetails parse(
      String name, String description, Integer targetDays, boolean active) {
    var violations = new Violations();
    var parsedName = violations.check(() -> new RequestTypeName(name == null ? "" : name));
    var parsedDescription =
        violations.check(
            () -> Text.bounded("description", Text.optional(description), MAX_DESCRIPTION));
    var parsedTarget =
        violations.check(() -> targetDays == null ? null : new TargetDays(targetDays));
    violations.throwIfAny();
    return new RequestTypeDetails(parsedName, parsedDescription, parsedTarget, active);
  }

  public Optional<TargetDays> target() {
    return Optional.ofNullable(targetDays);
  }
}
