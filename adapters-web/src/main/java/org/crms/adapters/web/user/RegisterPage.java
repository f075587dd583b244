package org.crms.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.FieldErrors;

/**
 * The sign-up form, or the notice that sign-up is closed. The values typed are shown again after a
 * refusal; the passwords never are.
 *
 * @param open whether this installation lets people sign themselves up
 * @param notice why the form came back without any field to blame (too many attempts, busy)
 */
public record RegisterPage(
    Chrome chrome,
    boolean open,
    @Nullable String username,
    @Nullable String email,
    @Nullable String firstName,
    @Nullable String lastName,
    FieldErrors errors,
    @Nullable String notice) {

  static RegisterPage blank(Chrome chrome, boolean open) {
    return new RegisterPage(chrome, open, null, null, null, null, FieldErrors.none(), null);
  }

  static RegisterPage again(
      Chrome chrome, RegisterForm form, FieldErrors errors, @Nullable String notice) {
    return new RegisterPage(
        chrome,
        true,
        form.username(),
        form.email(),
        form.firstName(),
        form.lastName(),
        errors,
        notice);
  }
}
