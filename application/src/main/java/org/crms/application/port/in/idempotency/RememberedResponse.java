package org.crms.application.port.in.idempotency;

import java.util.Arrays;
import java.util.Objects;

/**
 * The response first given to a request with an idempotency key, kept to be given again, byte for
 * byte, to its retries.
 *
 * @param status the HTTP status code
 * @param contentType the body's media type, null when there is no body
 * @param body the body as sent; empty when there was none
 * @param location the {@code Location} header, null when there was none
 * @param entityTag the {@code ETag} header, null when there was none
 */
public record RememberedResponse(
    int status, String contentType, byte[] body, String location, String entityTag) {
  public RememberedResponse {
    Objects.requireNonNull(body, "body");
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RememberedResponse r
        && status == r.status
        && Objects.equals(contentType, r.contentType)
        && Arrays.equals(body, r.body)
        && Objects.equals(location, r.location)
        && Objects.equals(entityTag, r.entityTag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, contentType, Arrays.hashCode(body), location, entityTag);
  }

  @Override
  public String toString() {
    return "RememberedResponse[status=" + status + ", " + body.length + " bytes]";
  }
}
