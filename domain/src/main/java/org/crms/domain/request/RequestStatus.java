package org.crms.domain.request;

/**
 * Where a client request stands. The workflow, and only it, decides which move is allowed:
 *
 * <pre>
 * from \ to     PENDING    IN_PROGRESS   COMPLETED
 * PENDING       -          start         no
 * IN_PROGRESS   put back   -             complete
 * COMPLETED     no         reopen        -
 * </pre>
 */
public enum RequestStatus {
  PENDING("Pending"),
  IN_PROGRESS("In Progress"),
  COMPLETED("Completed");

  private final String label;

  RequestStatus(String label) {
    this.label = label;
  }

  /** What people read. */
  public String label() {
    return label;
  }

  /** Whether the workflow allows moving from this status to the next. */
  public boolean canMoveTo(RequestStatus next) {
    return switch (this) {
      case PENDING -> next == IN_PROGRESS;
      case IN_PROGRESS -> next == PENDING || next == COMPLETED;
      case COMPLETED -> next == IN_PROGRESS;
    };
  }
}
