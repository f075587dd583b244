package org.crms.domain.request;

/** How urgent a request is; NORMAL unless someone says otherwise. */
public enum Priority {
  LOW("Low"),
  NORMAL("Normal"),
  HIGH("High"),
  URGENT("Urgent");

  private final String label;

  Priority(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
