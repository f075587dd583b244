package org.crms.domain.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Text;

/** A company's web address: an absolute http or https URL with a host, at most 2,048 characters. */
public record WebsiteUrl(String value) {
  public static final int MAX_LENGTH = 2048;

  public WebsiteUrl {
    Objects.requireNonNull(value, "companyUrl");
    value = value.strip();
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          "companyUrl", "Must be at most " + MAX_LENGTH + " characters.");
    }
    if (!isHttpUrl(value)) {
      throw new InvalidValueException(
          "companyUrl", "Enter a valid URL starting with http:// or https://.");
    }
  }

  /** Parses an optional field: null or blank input means no URL. */
  public static WebsiteUrl parseOptional(String raw) {
    var value = Text.optional(raw);
    return value == null ? null : new WebsiteUrl(value);
  }

  private static boolean isHttpUrl(String value) {
    try {
      var uri = new URI(value);
      var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
