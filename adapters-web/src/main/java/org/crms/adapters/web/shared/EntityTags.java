package org.crms.adapters.web.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import java.util.regex.Pattern;
import org.crms.adapters.web.error.PreconditionRequiredException;
import org.crms.domain.shared.StaleAggregateException;

/**
 * ETags and {@code If-Match} for optimistic concurrency: an item's ETag is its version in quotes
 * ({@code "3"}), and every change must send back the ETag it was based on.
 */
public final class EntityTags {
  private static final Pattern STRONG_VERSION = Pattern.compile("^\"(\\d{1,18})\"$");

  private EntityTags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** Sets the {@code ETag} header of a response to the item's version. */
  public static <T> MutableHttpResponse<T> tagged(MutableHttpResponse<T> response, long version) {
    return response.header(HttpHeaders.ETAG, of(version));
  }

  /**
   * The version a change was based on, read from its {@code If-Match} header.
   *
   * @throws PreconditionRequiredException if the header is missing, or is {@code *}, which would
   *     allow lost updates
   * @throws StaleAggregateException if the header is not one strong ETag of ours: it cannot match
   *     any version
   */
  public static long expectedVersion(String ifMatch, String itemType, Object id) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      throw new PreconditionRequiredException(
          "Send the If-Match header with the ETag of the version your change is based on.");
    }
    var matcher = STRONG_VERSION.matcher(ifMatch.strip());
    if (!matcher.matches()) {
      throw new StaleAggregateException(itemType, id);
    }
    return Long.parseLong(matcher.group(1));
  }
}
