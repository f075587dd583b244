package org.crms.bootstrap.wiring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The list of common passwords that the password policy refuses: the 30,000 most frequent passwords
 * from the zxcvbn project, read from the zxcvbn4j jar rather than copied into ours.
 */
final class CommonPasswords {
  static final String RESOURCE = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

  private CommonPasswords() {}

  /** The list, lower-case. */
  static Set<String> load() {
    var stream = CommonPasswords.class.getResourceAsStream(RESOURCE);
    if (stream == null) {
      throw new IllegalStateException(
          "The common-password list " + RESOURCE + " is missing from the classpath");
    }
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
