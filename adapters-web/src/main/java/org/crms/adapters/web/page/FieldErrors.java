package org.crms.adapters.web.page;

import io.micronaut.core.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crms.domain.shared.InvalidValueException;

/**
 * The messages a refused form shows next to its fields, keyed by the domain's field names (which
 * are also the forms' input names). The domain decides what is invalid; pages only place the words.
 */
public record FieldErrors(Map<String, String> messages) {
  private static final FieldErrors NONE = new FieldErrors(Map.of());

  public FieldErrors {
    messages = Map.copyOf(messages);
  }

  public static FieldErrors none() {
    return NONE;
  }

  /** Every violation of the exception; a field that broke two rules shows the first. */
  public static FieldErrors of(InvalidValueException exception) {
    var found = new LinkedHashMap<String, String>();
    exception.violations().forEach(v -> found.putIfAbsent(v.field(), v.message()));
    return new FieldErrors(found);
  }

  /** One message, for a rule the domain reports with its own exception (e.g. a taken name). */
  public static FieldErrors of(String field, String message) {
    return new FieldErrors(Map.of(field, message));
  }

  public boolean any() {
    return !messages.isEmpty();
  }

  public boolean has(String field) {
    return messages.containsKey(field);
  }

  /** The field's message, or null when it is fine. */
  public @Nullable String message(String field) {
    return messages.get(field);
  }

  /** A summary for the top of the form: "2 fields need attention." */
  public String summary() {
    return messages.size() == 1
        ? "One field needs attention."
        : messages.size() + " fields need attention.";
  }
}
