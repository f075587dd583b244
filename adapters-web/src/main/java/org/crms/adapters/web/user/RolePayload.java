package org.crms.adapters.web.user;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Role;

/**
 * The role to give a user.
 *
 * @param role kept untyped on purpose, so that a missing, misspelt or non-text role is a field
 *     error (422) like any other invalid value, not a failure to read JSON
 */
@Serdeable
record RolePayload(
    @Schema(
            type = "string",
            allowableValues = {"ADMIN", "LIMITED"},
            description = "The role's name.",
            requiredMode = Schema.RequiredMode.REQUIRED)
        Object role) {

  /**
   * @throws InvalidValueException unless {@code role} is the exact name of a role
   */
  Role parsed() {
    return Arrays.stream(Role.values())
        .filter(known -> known.name().equals(role))
        .findFirst()
        .orElseThrow(
            () -> new InvalidValueException("role", "Use " + String.join(" or ", names()) + "."));
  }

  private static List<String> names() {
    return Arrays.stream(Role.values()).map(Role::name).toList();
  }
}
