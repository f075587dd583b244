package org.crms.domain.requesttype;

import org.crms.domain.shared.ConflictException;

/** A type that live requests still use cannot be deleted; deactivating it stops new use. */
public final class TypeStillInUseException extends ConflictException {
  public TypeStillInUseException(RequestTypeName name, long liveRequests) {
    super(
        "The request type \""
            + name
            + "\" still has "
            + liveRequests
            + (liveRequests == 1 ? " request" : " requests")
            + "; deactivate it instead.");
  }
}
