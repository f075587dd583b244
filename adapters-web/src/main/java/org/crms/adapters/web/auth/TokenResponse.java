package org.crms.adapters.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import org.crms.application.port.in.auth.IssuedAccessToken;

/**
 * A freshly issued access token, named as in OAuth 2.0 (RFC 6749 §5.1).
 *
 * @param expiresIn the token's lifetime in seconds
 */
@Serdeable
record TokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn) {

  static TokenResponse from(IssuedAccessToken token) {
    return new TokenResponse(token.secret(), "Bearer", token.lifetime().toSeconds());
  }

  @Override
  public String toString() {
    return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
  }
}
