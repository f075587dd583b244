package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Optional;
import org.crms.adapters.web.security.LocalRedirect;

/**
 * The fields of a row form of the user list.
 *
 * @param role the role to give, for the role form
 * @param back the list page the form was on, to return to with its filters
 */
@Serdeable
record UserActionForm(@Nullable String role, @Nullable String back) {

  /** The user list page to return to: the one the form was on, never an address elsewhere. */
  static String back(@Nullable UserActionForm form) {
    return Optional.ofNullable(form)
        .flatMap(f -> LocalRedirect.safe(f.back()))
        .filter(
            path -> path.equals(UserListLinks.PATH) || path.startsWith(UserListLinks.PATH + "?"))
        .orElse(UserListLinks.PATH);
  }
}
