package org.crms.adapters.web.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A file from the classpath, held in memory and answered with a strong {@code ETag} (a digest of
 * its content) and public caching: the same for every caller, so browsers and proxies may keep it.
 *
 * @param cacheControl the {@code Cache-Control} of every answer, always {@code public}
 */
public record StaticFile(byte[] content, MediaType type, String etag, String cacheControl) {

  /**
   * @throws IllegalStateException if the classpath has no such resource
   */
  public static StaticFile load(String location, MediaType type, String cacheControl) {
    try (var in = StaticFile.class.getClassLoader().getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalStateException("missing on the classpath: " + location);
      }
      var content = in.readAllBytes();
      return new StaticFile(content, type, etagOf(content), cacheControl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 200 with the content, or 304 when {@code If-None-Match} names this version. */
  public HttpResponse<byte[]> answer(String ifNoneMatch) {
    var response =
        matches(ifNoneMatch)
            ? HttpResponse.<byte[]>notModified()
            : HttpResponse.ok(content).contentType(type);
    return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
  }

  private boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    return Arrays.stream(ifNoneMatch.split(","))
        .map(String::strip)
        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
        .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
  }

  private static String etagOf(byte[] content) {
    try {
      var digest = MessageDigest.getInstance("SHA-256").digest(content);
      var encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      return "\"" + encoded.substring(0, 22) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
