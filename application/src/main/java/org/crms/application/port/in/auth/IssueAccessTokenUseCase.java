package org.crms.application.port.in.auth;

/** Use case: exchange a username and password for a bearer token for the API. */
public interface IssueAccessTokenUseCase {
  /**
   * @throws org.crms.domain.user.InvalidCredentialsException if the username or password is wrong
   * @throws org.crms.domain.user.AccountDisabledException if the password is right but the account
   *     is inactive
   */
  IssuedAccessToken issue(IssueAccessTokenCommand command);
}
