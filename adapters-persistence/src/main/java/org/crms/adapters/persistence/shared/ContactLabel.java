package org.crms.adapters.persistence.shared;

import static org.crms.adapters.persistence.jooq.Tables.CONTACT_RECORD;
import static org.jooq.impl.DSL.inline;

import org.jooq.Field;

/** How a contact record is named wherever a list of several kinds shows it. */
public final class ContactLabel {
  private ContactLabel() {}

  /**
   * {@code first_name || ' ' || last_name}, written exactly as the trigram index on contact names
   * (V5) is, so that a condition on it can use that index.
   */
  public static Field<String> fullName() {
    return CONTACT_RECORD.FIRST_NAME.concat(inline(" ")).concat(CONTACT_RECORD.LAST_NAME);
  }

  /** "first last · payment reference". */
  public static Field<String> label() {
    return fullName().concat(inline(" · ")).concat(CONTACT_RECORD.PAYMENT_REFERENCE);
  }
}
