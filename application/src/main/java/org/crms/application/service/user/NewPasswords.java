package org.crms.application.service.user;

import org.crms.application.port.out.PasswordHasher;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.PasswordPolicy;
import org.crms.domain.user.Username;

/** Accepts a new password only if it meets the policy, and returns its hash. */
public final class NewPasswords {
  private final PasswordPolicy policy;
  private final PasswordHasher hasher;

  public NewPasswords(PasswordPolicy policy, PasswordHasher hasher) {
    this.policy = policy;
    this.hasher = hasher;
  }

  /**
   * @throws org.crms.domain.shared.InvalidValueException on the field {@code password}
   */
  public PasswordHash accept(Username username, String password) {
    check(username, password);
    return hasher.hash(password);
  }

  /**
   * Checks the policy only, so that a form with other errors costs no hashing.
   *
   * @throws org.crms.domain.shared.InvalidValueException on the field {@code password}
   */
  public void check(Username username, String password) {
    policy.check(username, password);
  }

  /** Hashes a password that already passed {@link #check}. */
  public PasswordHash hash(String password) {
    return hasher.hash(password);
  }
}
