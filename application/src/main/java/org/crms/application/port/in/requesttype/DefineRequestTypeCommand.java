package org.crms.application.port.in.requesttype;

import java.util.Objects;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.user.Actor;

/** Input of {@link DefineRequestTypeUseCase}. */
public record DefineRequestTypeCommand(Actor actor, RequestTypeDetails details) {
  public DefineRequestTypeCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
