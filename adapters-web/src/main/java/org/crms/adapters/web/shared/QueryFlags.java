package org.crms.adapters.web.shared;

import java.util.Locale;
import org.crms.adapters.web.error.BadRequestException;

/**
 * Reads true/false query parameters strictly. Micronaut's own conversion takes any unknown word for
 * false, which would quietly turn {@code active=yes} into the opposite of what was meant.
 */
public final class QueryFlags {
  private QueryFlags() {}

  /**
   * @return the flag, or null when the parameter is absent or blank
   * @throws BadRequestException if the value is neither {@code true} nor {@code false}
   */
  public static Boolean parse(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new BadRequestException(name, "Use true or false.");
    };
  }
}
