package org.crms.application.port.in.auth;

/**
 * Input of {@link IssueAccessTokenUseCase}; username or password may be missing, which counts as
 * wrong.
 *
 * @param clientAddress where the attempt came from, for throttling and the audit trail
 * @param browser whether this is a browser session (cookie; idle timeout and the browser lifetime)
 *     rather than an API token
 * @param previousSecret the session secret the caller already holds, if any; it is revoked on
 *     success, so that every login starts a new session (no session fixation)
 */
public record IssueAccessTokenCommand(
    String username,
    String password,
    String clientAddress,
    boolean browser,
    String previousSecret) {

  /** An API login, with no session to replace. */
  public IssueAccessTokenCommand(String username, String password, String clientAddress) {
    this(username, password, clientAddress, false, null);
  }

  @Override
  public String toString() {
    return "IssueAccessTokenCommand[username="
        + username
        + ", clientAddress="
        + clientAddress
        + ", browser="
        + browser
        + "]";
  }
}
