package org.crms.domain.contact;

/** How a person was contacted. */
public enum ContactMethod {
  PHONE("Phone"),
  EMAIL("Email"),
  LETTER("Letter"),
  SMS("SMS"),
  IN_PERSON("In person"),
  OTHER("Other");

  private final String label;

  ContactMethod(String label) {
    this.label = label;
  }

  /** The name people see. */
  public String label() {
    return label;
  }
}
