package org.crms.adapters.web.security;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crms.application.port.in.auth.AuthenticatedUser;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

/**
 * Translates between Micronaut's {@link Authentication} and the domain's {@link Actor}. The
 * authentication carries the username as its name, the role name as its only role and the user id
 * as attribute {@value #USER_ID}.
 */
public final class Actors {
  public static final String USER_ID = "userId";

  private Actors() {}

  /**
   * The actor an authenticated request acts for.
   *
   * @throws IllegalStateException if the authentication was not made by {@link
   *     #authentication(AuthenticatedUser)}
   */
  public static Actor from(Authentication authentication) {
    var userId = authentication.getAttributes().get(USER_ID);
    var role = authentication.getRoles().stream().findFirst();
    if (userId == null || role.isEmpty()) {
      throw new IllegalStateException("the authentication carries no CRMS user id or role");
    }
    return new Actor(new UserId(UUID.fromString(userId.toString())), Role.valueOf(role.get()));
  }

  /** The authentication of a user found behind a token. */
  public static Authentication authentication(AuthenticatedUser user) {
    return Authentication.build(
        user.username().value(),
        List.of(user.role().name()),
        Map.of(USER_ID, user.id().value().toString()));
  }
}
