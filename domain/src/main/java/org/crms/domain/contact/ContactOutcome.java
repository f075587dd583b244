package org.crms.domain.contact;

/** What came of a contact. Only "Awaiting response" calls for a follow-up date. */
public enum ContactOutcome {
  CONTACT_SUCCESSFUL("Contact successful"),
  AWAITING_RESPONSE("Awaiting response"),
  NO_CONTACT_POSSIBLE("No contact possible");

  private final String label;

  ContactOutcome(String label) {
    this.label = label;
  }

  /** The name people see. */
  public String label() {
    return label;
  }

  /** Whether a contact with this outcome must say when to follow it up. */
  public boolean requiresFollowUp() {
    return this == AWAITING_RESPONSE;
  }
}
