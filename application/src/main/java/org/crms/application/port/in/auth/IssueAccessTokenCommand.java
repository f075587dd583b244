package org.crms.application.port.in.auth;

/** Input of {@link IssueAccessTokenUseCase}; either part may be missing, which counts as wrong. */
public record IssueAccessTokenCommand(String username, String password) {
  @Override
  public String toString() {
    return "IssueAccessTokenCommand[username=" + username + "]";
  }
}
