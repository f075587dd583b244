package org.crms.application.port.in.requesttype;

import java.util.Objects;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;

/**
 * Input of {@link UpdateRequestTypeUseCase}; {@code expectedVersion} is the version the caller
 * read.
 */
public record UpdateRequestTypeCommand(
    Actor actor, RequestTypeId typeId, long expectedVersion, RequestTypeDetails details) {
  public UpdateRequestTypeCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(typeId, "typeId");
    Objects.requireNonNull(details, "details");
  }
}
