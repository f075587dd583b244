package org.crms.domain.contact;

import java.util.Objects;
import java.util.UUID;

/** Identity of a contact record. */
public record ContactRecordId(UUID value) {
  public ContactRecordId {
    Objects.requireNonNull(value, "contactRecordId");
  }

  public static ContactRecordId newId() {
    return new ContactRecordId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
