package org.crms.adapters.web;

import java.util.Optional;
import java.util.UUID;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.auth.AuthenticatedUser;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/** Knows two tokens: {@code admin-token} (an ADMIN) and {@code limited-token} (a LIMITED user). */
public final class FakeAccessTokens implements AuthenticateAccessTokenUseCase {
  public static final String ADMIN_TOKEN = "admin-token";
  public static final String LIMITED_TOKEN = "limited-token";
  public static final UserId ADMIN_ID =
      new UserId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
  public static final UserId LIMITED_ID =
      new UserId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));

  private volatile Thread lastCaller;

  @Override
  public Optional<AuthenticatedUser> authenticate(String secret) {
    lastCaller = Thread.currentThread();
    return switch (secret) {
      case ADMIN_TOKEN ->
          Optional.of(new AuthenticatedUser(ADMIN_ID, new Username("adminuser"), Role.ADMIN));
      case LIMITED_TOKEN ->
          Optional.of(new AuthenticatedUser(LIMITED_ID, new Username("limiteduser"), Role.LIMITED));
      default -> Optional.empty();
    };
  }

  /** The thread of the last look-up, to prove it does not run on the event loop. */
  public Thread lastCaller() {
    return lastCaller;
  }
}
