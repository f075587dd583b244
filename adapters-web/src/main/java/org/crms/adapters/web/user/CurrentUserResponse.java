package org.crms.adapters.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crms.domain.user.Permission;
import org.crms.domain.user.User;

/**
 * The caller's own account, with what their role allows them to do.
 *
 * @param permissions the names of the role's {@link Permission}s, in their declared order
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CurrentUserResponse(
    UUID id,
    String username,
    String email,
    String firstName,
    String lastName,
    String role,
    boolean active,
    Instant createdAt,
    Instant lastLoginAt,
    List<String> permissions) {

  static CurrentUserResponse from(User user) {
    var account = UserResponse.from(user);
    return new CurrentUserResponse(
        account.id(),
        account.username(),
        account.email(),
        account.firstName(),
        account.lastName(),
        account.role(),
        account.active(),
        account.createdAt(),
        account.lastLoginAt(),
        user.role().permissions().stream().map(Permission::name).toList());
  }
}
