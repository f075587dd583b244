package org.crms.adapters.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.crms.domain.user.User;

/**
 * A user account as the API shows it: never a password or its hash. Absent names and a user who
 * never logged in show as {@code null}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record UserResponse(
    UUID id,
    String username,
    String email,
    String firstName,
    String lastName,
    String role,
    boolean active,
    Instant createdAt,
    Instant lastLoginAt) {

  static UserResponse from(User user) {
    return new UserResponse(
        user.id().value(),
        user.username().value(),
        user.email().value(),
        user.firstName().orElse(null),
        user.lastName().orElse(null),
        user.role().name(),
        user.isActive(),
        user.createdAt(),
        user.lastLoginAt().orElse(null));
  }
}
