package org.crms.domain.client;

import org.crms.domain.shared.ConflictException;

/** Another live client already has this name (names are compared regardless of case). */
public final class DuplicateClientNameException extends ConflictException {
  public DuplicateClientNameException(ClientName name) {
    super("A client named \"" + name + "\" already exists.");
  }
}
