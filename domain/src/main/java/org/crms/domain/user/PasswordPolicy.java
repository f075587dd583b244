package org.crms.domain.user;

import java.util.Locale;
import java.util.function.Predicate;
import org.crms.domain.shared.InvalidValueException;

/**
 * The rules a new password must meet: at least 12 characters, not only digits, not a commonly used
 * password, and not containing the username.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;

  /** Longer inputs are refused so that hashing cost stays bounded. */
  public static final int MAX_LENGTH = 256;

  private final Predicate<String> isCommon;

  /**
   * @param isCommon answers whether a password (compared case-insensitively) is on a
   *     common-password list
   */
  public PasswordPolicy(Predicate<String> isCommon) {
    this.isCommon = isCommon;
  }

  /**
   * @throws InvalidValueException on the field {@code password} naming the first rule broken
   */
  public void check(Username username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw refused(
          "This password is too short. It must contain at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() > MAX_LENGTH) {
      throw refused(
          "This password is too long. It must contain at most " + MAX_LENGTH + " characters.");
    }
    if (password.chars().allMatch(Character::isDigit)) {
      throw refused("This password is entirely numeric.");
    }
    if (isCommon.test(password.toLowerCase(Locale.ROOT))) {
      throw refused("This password is too common.");
    }
    if (password.toLowerCase(Locale.ROOT).contains(username.canonical())) {
      throw refused("The password must not contain the username.");
    }
  }

  private static InvalidValueException refused(String message) {
    return new InvalidValueException("password", message);
  }
}
