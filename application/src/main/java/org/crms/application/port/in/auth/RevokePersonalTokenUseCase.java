package org.crms.application.port.in.auth;

/**
 * Use case: a user revokes one of their personal tokens; it is refused from the next request on.
 */
public interface RevokePersonalTokenUseCase {
  /**
   * @throws AccessTokenNotFoundException unless the actor owns a personal token with that id
   */
  void revoke(RevokePersonalTokenCommand command);
}
