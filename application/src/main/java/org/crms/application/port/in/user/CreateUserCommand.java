package org.crms.application.port.in.user;

import java.util.Objects;
import org.crms.domain.user.Role;

/** Input of {@link CreateUserUseCase}. The password is never printed. */
public record CreateUserCommand(String username, String email, String password, Role role) {
  public CreateUserCommand {
    Objects.requireNonNull(role, "role");
  }

  @Override
  public String toString() {
    return "CreateUserCommand[username=" + username + ", email=" + email + ", role=" + role + "]";
  }
}
