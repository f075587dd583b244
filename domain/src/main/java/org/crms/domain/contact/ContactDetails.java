package org.crms.domain.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Text;
import org.crms.domain.shared.Violations;

/**
 * Everything about a contact that a person edits. Invariants, checked whenever one is built:
 *
 * <ul>
 *   <li>payment reference required, at most 255 characters; first and last name required, at most
 *       50; notes required, at most 10,000 (text is stripped, and blank counts as missing);
 *   <li>method, contact time and outcome required;
 *   <li>a follow-up date is required when the outcome is "Awaiting response", and is never before
 *       the day of the contact in UTC.
 * </ul>
 *
 * <p>That the contact did not happen in the future is a rule of new input only, checked by {@link
 * #parse}: the canonical constructor, used to rebuild stored details, has no clock.
 *
 * <p>The details carry no "updated by": an aggregate is always stamped with the acting user.
 *
 * @param requestId the client request the contact was about, or null; a plain UUID rather than the
 *     request feature's id type, as the two features were written side by side
 */
public record ContactDetails(
    String paymentReference,
    String firstName,
    String lastName,
    ContactMethod method,
    Instant contactedAt,
    ContactOutcome outcome,
    LocalDate followUpOn,
    String notes,
    UUID requestId) {
  public static final int MAX_PAYMENT_REFERENCE = 255;
  public static final int MAX_NAME = 50;
  public static final int MAX_NOTES = 10_000;

  public ContactDetails {
    paymentReference = Text.required("paymentReference", paymentReference, MAX_PAYMENT_REFERENCE);
    firstName = Text.required("firstName", firstName, MAX_NAME);
    lastName = Text.required("lastName", lastName, MAX_NAME);
    present("method", method);
    present("contactedAt", contactedAt);
    present("outcome", outcome);
    checkFollowUp(outcome, contactedAt, followUpOn);
    notes = Text.required("notes", notes, MAX_NOTES);
  }

  /**
   * Parses new input, reporting every invalid field at once.
   *
   * @param now the current time: a contact cannot have happened after it
   * @throws InvalidValueException naming each field that broke its rule
   */
  public static ContactDetails parse(
      String paymentReference,
      String firstName,
      String lastName,
      ContactMethod method,
      Instant contactedAt,
      ContactOutcome outcome,
      LocalDate followUpOn,
      String notes,
      UUID requestId,
      Instant now) {
    Objects.requireNonNull(now, "now");
    var violations = new Violations();
    violations.check(
        () -> Text.required("paymentReference", paymentReference, MAX_PAYMENT_REFERENCE));
    violations.check(() -> Text.required("firstName", firstName, MAX_NAME));
    violations.check(() -> Text.required("lastName", lastName, MAX_NAME));
    violations.check(() -> present("method", method));
    violations.check(() -> notInTheFuture(contactedAt, now));
    violations.check(() -> present("outcome", outcome));
    violations.check(() -> checkFollowUp(outcome, contactedAt, followUpOn));
    violations.check(() -> Text.required("notes", notes, MAX_NOTES));
    violations.throwIfAny();
    return new ContactDetails(
        paymentReference,
        firstName,
        lastName,
        method,
        contactedAt,
        outcome,
        followUpOn,
        notes,
        requestId);
  }

  /** The follow-up date, if one was set. */
  public Optional<LocalDate> followUpDate() {
    return Optional.ofNullable(followUpOn);
  }

  /** The client request the contact was about, if any. */
  public Optional<UUID> clientRequest() {
    return Optional.ofNullable(requestId);
  }

  /** First and last name, as people read them. */
  public String fullName() {
    return firstName + " " + lastName;
  }

  private static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "This field is required.");
    }
    return value;
  }

  private static Instant notInTheFuture(Instant contactedAt, Instant now) {
    present("contactedAt", contactedAt);
    if (contactedAt.isAfter(now)) {
      throw new InvalidValueException("contactedAt", "The contact date cannot be in the future.");
    }
    return contactedAt;
  }

  /** A missing outcome or contact time is reported on its own; what depends on it is not judged. */
  private static LocalDate checkFollowUp(
      ContactOutcome outcome, Instant contactedAt, LocalDate followUpOn) {
    if (followUpOn == null && outcome != null && outcome.requiresFollowUp()) {
      throw new InvalidValueException(
          "followUpOn",
          "A follow-up date is required when the outcome is \"" + outcome.label() + "\".");
    }
    if (followUpOn != null
        && contactedAt != null
        && followUpOn.isBefore(LocalDate.ofInstant(contactedAt, ZoneOffset.UTC))) {
      throw new InvalidValueException(
          "followUpOn", "The follow-up date cannot be before the date of the contact.");
    }
    return followUpOn;
  }
}
