package org.crms.application.port.in.user;

import org.crms.domain.user.Role;

/**
 * Which accounts a user list shows; null means "any" throughout.
 *
 * @param active only active (true) or only deactivated (false) accounts
 * @param role only accounts with this role
 * @param text a fragment the username or e-mail address contains, regardless of case; blank means
 *     any
 */
public record UserFilter(Boolean active, Role role, String text) {
  public UserFilter {
    text = text == null || text.isBlank() ? null : text.strip();
  }

  public static UserFilter all() {
    return new UserFilter(null, null, null);
  }
}
