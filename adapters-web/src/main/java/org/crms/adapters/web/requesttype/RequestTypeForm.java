package org.crms.adapters.web.requesttype;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.crms.adapters.web.client.ChangedField;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.TargetDays;
import org.crms.domain.shared.DomainException;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Violations;

/**
 * The fields of the request type form as the browser sends them, and as the form shows them again.
 * The input names are the domain's field names, so that its messages land next to their fields.
 *
 * @param targetDays the default target in days, as typed; blank for none
 * @param active "true" when the box is ticked; absent (null) when it is not
 * @param version the version the edit is based on; absent on the new-type form
 */
@Serdeable
public record RequestTypeForm(
    @Nullable String name,
    @Nullable String description,
    @Nullable String targetDays,
    @Nullable String active,
    @Nullable String version) {

  /** The empty form of a new type, which is active unless unticked. */
  static RequestTypeForm blank() {
    return new RequestTypeForm(null, null, null, "true", null);
  }

  /** The stored type, to edit. */
  static RequestTypeForm of(RequestType type) {
    var details = type.details();
    return new RequestTypeForm(
        details.name().value(),
        details.description(),
        days(details),
        details.active() ? "true" : null,
        Long.toString(type.version()));
  }

  /** The same values, based on another version: the one stored now, after a conflict. */
  RequestTypeForm basedOn(long storedVersion) {
    return new RequestTypeForm(name, description, targetDays, active, Long.toString(storedVersion));
  }

  public boolean activeChecked() {
    return active != null;
  }

  /**
   * @throws InvalidValueException naming every invalid field
   */
  RequestTypeDetails details() {
    var violations = new Violations();
    var days = violations.check(this::wholeDays);
    var details =
        violations.check(() -> RequestTypeDetails.parse(name, description, days, activeChecked()));
    violations.throwIfAny();
    return details;
  }

  /** The messages of a refused form: the domain's, or a taken name as the name's. */
  static FieldErrors errorsOf(DomainException refusal) {
    return refusal instanceof InvalidValueException invalid
        ? FieldErrors.of(invalid)
        : FieldErrors.of("name", refusal.getMessage());
  }

  /**
   * @throws BadRequestException if the hidden version is missing or was tampered with
   */
  long expectedVersion() {
    try {
      return Long.parseLong(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("version", "The form lacks its version; reload the page.");
    }
  }

  /**
   * The fields whose stored value differs from this form's, both as they would be stored.
   *
   * @throws InvalidValueException if this form is invalid
   */
  List<ChangedField> differencesFrom(RequestType stored) {
    var now = stored.details();
    var yours = details();
    return ChangedField.differing(
        new ChangedField("Name", now.name().value(), yours.name().value()),
        new ChangedField("Description", text(now.description()), text(yours.description())),
        new ChangedField("Default target (days)", text(days(now)), text(days(yours))),
        new ChangedField("Active", now.active() ? "Yes" : "No", yours.active() ? "Yes" : "No"));
  }

  private @Nullable Integer wholeDays() {
    if (targetDays == null || targetDays.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(targetDays.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          "targetDays", "Enter a whole number of days between 1 and " + TargetDays.MAX + ".");
    }
  }

  private static @Nullable String days(RequestTypeDetails details) {
    return details.target().map(t -> Integer.toString(t.value())).orElse(null);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
