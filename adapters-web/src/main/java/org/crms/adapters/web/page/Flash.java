package org.crms.adapters.web.page;

import java.util.Objects;

/**
 * A one-time message about the outcome of the previous action ("Record has been added!"), shown on
 * the page a form redirects to.
 *
 * @param level whether it reports a success or a refusal
 * @param message the words shown, escaped like all output
 */
public record Flash(Level level, String message) {
  /** How the message is presented. */
  public enum Level {
    SUCCESS,
    ERROR
  }

  public static final String ADDED = "Record has been added!";
  public static final String UPDATED = "Record has been updated!";
  public static final String DELETED = "Record has been deleted!";
  public static final String RESTORED = "Record has been restored!";

  public Flash {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
  }

  public static Flash success(String message) {
    return new Flash(Level.SUCCESS, message);
  }

  public static Flash error(String message) {
    return new Flash(Level.ERROR, message);
  }

  /** The CSS modifier of this message's box. */
  public String css() {
    return level == Level.SUCCESS ? "flash flash-success" : "flash flash-error";
  }
}
