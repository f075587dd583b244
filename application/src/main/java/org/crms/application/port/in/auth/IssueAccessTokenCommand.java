package org.crms.application.port.in.auth;

/**
 * Input of {@link IssueAccessTokenUseCase}; username or password may be missing, which counts as
 * wrong.
 *
 * @param clientAddress where the attempt came from, for the audit trail
 */
public record IssueAccessTokenCommand(String username, String password, String clientAddress) {
  @Override
  public String toString() {
    return "IssueAccessTokenCommand[username="
        + username
        + ", clientAddress="
        + clientAddress
        + "]";
  }
}
