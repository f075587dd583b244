package org.crms.domain.user;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. This enum is the one place that says which role holds which permission: an
 * ADMIN may do everything; a LIMITED user may do everything except delete, manage users and read
 * the global audit log.
 */
public enum Role {
  ADMIN(EnumSet.allOf(Permission.class)),
  LIMITED(
      EnumSet.complementOf(
          EnumSet.of(
              Permission.DELETE_RECORDS, Permission.MANAGE_USERS, Permission.VIEW_AUDIT_LOG)));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  public boolean allows(Permission permission) {
    return permissions.contains(permission);
  }

  /** The permissions of this role, in declaration order. */
  public Set<Permission> permissions() {
    return EnumSet.copyOf(permissions);
  }
}
