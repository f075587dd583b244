package org.crms.bootstrap.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where the database is and how to log in, read from {@code DATABASE_URL} in either the URL form
 * hosting platforms hand out ({@code postgres://user:pass@host:5432/db?sslmode=require}) or JDBC
 * form ({@code jdbc:postgresql://host:5432/db?user=u&password=p}).
 *
 * @param username null when the JDBC URL carries it, or nobody is needed
 * @param password null when the JDBC URL carries it, or nobody is needed
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {
  public DatabaseUrl {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /**
   * @throws IllegalArgumentException with a message fit for an operator when the URL cannot be used
   */
  public static DatabaseUrl parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("DATABASE_URL is empty");
    }
    var value = raw.strip();
    if (value.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(value, null, null);
    }
    if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
      return fromUri(value);
    }
    throw new IllegalArgumentException(
        "DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql: (got "
            + scheme(value)
            + ")");
  }

  private static DatabaseUrl fromUri(String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + e.getReason());
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("DATABASE_URL names no host");
    }
    var path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.length() <= 1) {
      throw new IllegalArgumentException("DATABASE_URL names no database (expected .../dbname)");
    }
    var port = uri.getPort() == -1 ? 5432 : uri.getPort();
    var jdbc =
        "jdbc:postgresql://"
            + uri.getHost()
            + ":"
            + port
            + path
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String user = null;
    String password = null;
    var info = uri.getRawUserInfo();
    if (info != null) {
      var colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    return new DatabaseUrl(jdbc, user, password);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String scheme(String value) {
    var colon = value.indexOf(':');
    return colon < 0 ? "no scheme" : value.substring(0, colon) + ":";
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "DatabaseUrl["
        + jdbcUrl.replaceAll("password=[^&]*", "password=***")
        + ", user="
        + username
        + "]";
  }
}
