package org.crms.domain.user;

import org.crms.domain.shared.DomainException;

/** The actor's role does not allow what they tried; nothing was changed. */
public final class PermissionDeniedException extends DomainException {
  private final Permission permission;

  public PermissionDeniedException(Permission permission) {
    super("You do not have permission to do this.");
    this.permission = permission;
  }

  public Permission permission() {
    return permission;
  }
}
