package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/**
 * What every teammate may know of an account: its name, not its e-mail address or role.
 *
 * @param active false for a deactivated account, which may still own old requests
 */
public record TeamMember(UserId id, Username username, boolean active) {
  public TeamMember {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
  }

  public static TeamMember of(User user) {
    return new TeamMember(user.id(), user.username(), user.isActive());
  }
}
