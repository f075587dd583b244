package org.crms.application.port.in.auth;

import java.util.Optional;

/** Use case: find who is behind a bearer token, as of this very moment. */
public interface AuthenticateAccessTokenUseCase {
  /** Empty when the token is unknown, expired or revoked, or its owner is no longer active. */
  Optional<AuthenticatedUser> authenticate(String secret);
}
