package org.crms.application.port.in.auth;

/** Use case: end the session behind the token the caller presents; it is refused from then on. */
public interface LogOutUseCase {
  void logOut(LogOutCommand command);
}
