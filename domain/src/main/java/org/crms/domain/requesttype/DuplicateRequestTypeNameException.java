package org.crms.domain.requesttype;

import org.crms.domain.shared.ConflictException;

/** Another live request type already has this name (compared regardless of case). */
public final class DuplicateRequestTypeNameException extends ConflictException {
  public DuplicateRequestTypeNameException(RequestTypeName name) {
    super("A request type named \"" + name + "\" already exists.");
  }
}
