package org.crms.application.port.in.requesttype;

import java.util.Objects;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;

/** A place in the type list's order (name regardless of case, then id), keeping the stored name. */
public record RequestTypePosition(String name, RequestTypeId id) {
  public RequestTypePosition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
  }

  public static RequestTypePosition of(RequestType type) {
    return new RequestTypePosition(type.name().value(), type.id());
  }
}
