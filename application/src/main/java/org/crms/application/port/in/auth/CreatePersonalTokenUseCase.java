package org.crms.application.port.in.auth;

/**
 * Use case: a user makes a named, long-lived token for a script or tool; its secret is shown once.
 */
public interface CreatePersonalTokenUseCase {
  /**
   * @throws org.crms.domain.shared.InvalidValueException if the name or lifetime is unusable
   */
  IssuedAccessToken create(CreatePersonalTokenCommand command);
}
