package org.crms.adapters.web.idempotency;

import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a request asks for, as a digest: its method, path with query, and body. Two requests with
 * the same fingerprint ask for the same thing, so a retry may be answered with the first response.
 */
final class RequestFingerprint {
  private RequestFingerprint() {}

  static String of(HttpRequest<?> request, byte[] body) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      var uri = request.getUri();
      var target =
          request.getMethodName() + " " + uri.getRawPath() + "?" + uri.getRawQuery() + "\n";
      digest.update(target.getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
