package org.crms.application.port.in.dashboard;

import java.util.Objects;
import org.crms.domain.requesttype.RequestTypeId;

/** How many live requests have this type. */
public record TypeCount(RequestTypeId typeId, String typeName, long count) {
  public TypeCount {
    Objects.requireNonNull(typeId, "typeId");
    Objects.requireNonNull(typeName, "typeName");
  }
}
