package org.crms.adapters.persistence.testing;

import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Where the tests' PostgreSQL comes from, in this order: an explicit URL from the environment, else
 * a Testcontainers container when a Docker daemon answers, else an embedded PostgreSQL (zonky).
 * Choosing starts nothing; {@link DatabaseServer#start(DatabaseSource)} does.
 */
public sealed interface DatabaseSource {
  String URL_VARIABLE = "CRMS_TEST_DATABASE_URL";
  String USER_VARIABLE = "CRMS_TEST_DATABASE_USER";
  String PASSWORD_VARIABLE = "CRMS_TEST_DATABASE_PASSWORD";

  /**
   * Picks the source for this environment.
   *
   * @param environment the process environment, or a stand-in for it
   * @param dockerAvailable asked only when no explicit URL is given, because it can take a moment
   */
  static DatabaseSource choose(Map<String, String> environment, BooleanSupplier dockerAvailable) {
    var url = blankToNull(environment.get(URL_VARIABLE));
    if (url != null) {
      return new ExplicitUrl(
          url,
          blankToNull(environment.get(USER_VARIABLE)),
          blankToNull(environment.get(PASSWORD_VARIABLE)));
    }
    return dockerAvailable.getAsBoolean() ? new Container(Container.DEFAULT_IMAGE) : new Embedded();
  }

  /** The choice for this JVM: the real environment and Testcontainers' own Docker probe. */
  static DatabaseSource fromEnvironment() {
    return choose(
        System.getenv(),
        () -> org.testcontainers.DockerClientFactory.instance().isDockerAvailable());
  }

  /** For the log: which database the tests use, and why. */
  String description();

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * A database someone else runs. Tests empty its tables, so never point this at data you want to
   * keep.
   *
   * @param user null to take it from the URL
   * @param password null to take it from the URL
   */
  record ExplicitUrl(String url, String user, String password) implements DatabaseSource {
    public ExplicitUrl {
      Objects.requireNonNull(url, "url");
    }

    @Override
    public String description() {
      return url + " (from " + URL_VARIABLE + ")";
    }
  }

  /** A throw-away PostgreSQL container, started through Testcontainers. */
  record Container(String image) implements DatabaseSource {
    public static final String DEFAULT_IMAGE = "postgres:15-alpine";

    public Container {
      Objects.requireNonNull(image, "image");
    }

    @Override
    public String description() {
      return "a " + image + " container (Testcontainers found a Docker daemon)";
    }
  }

  /**
   * A throw-away PostgreSQL 15 run from binaries in a jar; needs neither Docker nor an installed
   * server.
   */
  record Embedded() implements DatabaseSource {
    @Override
    public String description() {
      return "embedded PostgreSQL (no " + URL_VARIABLE + " set and no Docker daemon answered)";
    }
  }
}
