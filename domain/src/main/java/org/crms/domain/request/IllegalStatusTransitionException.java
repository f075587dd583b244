package org.crms.domain.request;

import org.crms.domain.shared.ConflictException;

/** The workflow does not allow this move; nothing was changed. */
public final class IllegalStatusTransitionException extends ConflictException {
  private final RequestStatus from;
  private final RequestStatus to;

  public IllegalStatusTransitionException(
      ClientRequestId id, RequestStatus from, RequestStatus to) {
    super(message(from, to) + " (request " + id + ")");
    this.from = from;
    this.to = to;
  }

  private static String message(RequestStatus from, RequestStatus to) {
    return from == to
        ? "The request is already " + from.label() + "."
        : "A request cannot move from " + from.label() + " to " + to.label() + ".";
  }

  public RequestStatus from() {
    return from;
  }

  public RequestStatus to() {
    return to;
  }
}
