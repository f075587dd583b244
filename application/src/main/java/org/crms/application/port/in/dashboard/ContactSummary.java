package org.crms.application.port.in.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.crms.domain.contact.ContactRecordId;

/**
 * A contact awaiting a response, as a line of the dashboard.
 *
 * @param name "first last"
 * @param followUpOn the day it was to be followed up
 */
public record ContactSummary(
    ContactRecordId id,
    String name,
    String paymentReference,
    Instant contactedAt,
    LocalDate followUpOn) {
  public ContactSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(paymentReference, "paymentReference");
    Objects.requireNonNull(contactedAt, "contactedAt");
    Objects.requireNonNull(followUpOn, "followUpOn");
  }
}
