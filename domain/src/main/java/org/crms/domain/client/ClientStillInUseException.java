package org.crms.domain.client;

import org.crms.domain.shared.ConflictException;

/** A client that live requests still belong to cannot be deleted; deactivating it is the way. */
public final class ClientStillInUseException extends ConflictException {
  public ClientStillInUseException(ClientName name, long liveRequests) {
    super(
        "The client \""
            + name
            + "\" still has "
            + liveRequests
            + (liveRequests == 1 ? " request" : " requests")
            + "; deactivate it instead.");
  }
}
