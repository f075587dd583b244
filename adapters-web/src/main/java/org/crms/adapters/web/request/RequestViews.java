package org.crms.adapters.web.request;

import java.util.Locale;
import java.util.stream.Collectors;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.shared.InvalidValueException;

/**
 * How the request pages present the domain's workflow and priorities: badge classes, the verbs of
 * the status buttons and refusals in words. Which move is allowed is never decided here.
 */
public final class RequestViews {
  private RequestViews() {}

  /** The badge of a status, e.g. "badge badge-in-progress"; its label is the text beside it. */
  public static String statusCss(RequestStatus status) {
    return "badge badge-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The badge of a priority worth noticing (high, urgent), or null for an ordinary one. */
  public static String priorityCss(Priority priority) {
    return switch (priority) {
      case HIGH -> "badge badge-high";
      case URGENT -> "badge badge-urgent";
      case LOW, NORMAL -> null;
    };
  }

  /** The verb of a move the workflow allows: "Start", "Put back", "Complete" or "Reopen". */
  public static String moveLabel(RequestStatus from, RequestStatus to) {
    return switch (to) {
      case IN_PROGRESS -> from == RequestStatus.COMPLETED ? "Reopen" : "Start";
      case PENDING -> "Put back";
      case COMPLETED -> "Complete";
    };
  }

  /** The messages of a refused input, for a flash: "Select at least one request." */
  static String messages(InvalidValueException e) {
    return e.violations().stream()
        .map(v -> v.message())
        .distinct()
        .collect(Collectors.joining(" "));
  }
}
