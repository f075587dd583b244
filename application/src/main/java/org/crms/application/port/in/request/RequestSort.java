package org.crms.application.port.in.request;

import java.util.Objects;

/**
 * The order of the request list: one key, ascending or descending, then the id in the same
 * direction so that the order is total. Requests without a due date come last in both directions of
 * {@link Key#DUE}.
 */
public record RequestSort(Key key, boolean descending) {
  /** Newest first: what the list shows unless asked otherwise. */
  public static final RequestSort DEFAULT = new RequestSort(Key.CREATED, true);

  /** What a list can be sorted by. */
  public enum Key {
    CREATED,
    UPDATED,
    DUE,
    /** LOW, NORMAL, HIGH, URGENT: ascending is the least urgent first. */
    PRIORITY,
    /** Regardless of case. */
    TITLE,
    /** In workflow order: PENDING, IN_PROGRESS, COMPLETED. */
    STATUS
  }

  public RequestSort {
    Objects.requireNonNull(key, "key");
  }
}
