package org.crms.application.port.in.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;

/**
 * A place in the request list's order: the sort it belongs to, the last request's sort key as text
 * and its id. The key is an ISO-8601 instant (created, updated), an ISO date or null for no due
 * date (due), a constant's name (priority, status) or the stored title.
 */
public record RequestPosition(RequestSort sort, String key, ClientRequestId id) {
  /**
   * @throws IllegalArgumentException if the key is not one of the sort's kind
   */
  public RequestPosition {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(id, "id");
    if (key == null && sort.key() != RequestSort.Key.DUE) {
      throw new IllegalArgumentException("only a due date may be absent from a position");
    }
    try {
      switch (sort.key()) {
        case CREATED, UPDATED -> Instant.parse(key);
        case DUE -> dueOn(key);
        case PRIORITY -> Priority.valueOf(key);
        case STATUS -> RequestStatus.valueOf(key);
        case TITLE -> {}
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a position of this sort: " + key, e);
    }
  }

  /** The position of a request in a list of that sort. */
  public static RequestPosition of(ClientRequest request, RequestSort sort) {
    var key =
        switch (sort.key()) {
          case CREATED -> request.created().at().toString();
          case UPDATED -> request.updated().at().toString();
          case DUE -> request.details().due().map(LocalDate::toString).orElse(null);
          case PRIORITY -> request.details().priority().name();
          case STATUS -> request.status().name();
          case TITLE -> request.details().title();
        };
    return new RequestPosition(sort, key, request.id());
  }

  /** The key of a created or updated sort. */
  public Instant instant() {
    return Instant.parse(key);
  }

  /** The key of a due-date sort; null for a request without one. */
  public LocalDate dueOn() {
    return dueOn(key);
  }

  public Priority priority() {
    return Priority.valueOf(key);
  }

  public RequestStatus status() {
    return RequestStatus.valueOf(key);
  }

  private static LocalDate dueOn(String key) {
    return key == null ? null : LocalDate.parse(key);
  }
}
