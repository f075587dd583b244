package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;

/** A place in the user list's order (username regardless of case, then id). */
public record UserPosition(String username, UserId id) {
  public UserPosition {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(id, "id");
  }

  public static UserPosition of(User user) {
    return new UserPosition(user.username().value(), user.id());
  }
}
