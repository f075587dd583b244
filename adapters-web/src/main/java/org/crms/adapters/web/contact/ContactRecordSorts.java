package org.crms.adapters.web.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.ContactRecordSort.Key;

/**
 * The {@code sort} parameter of the contact record list: a key's name, ascending, or with a leading
 * {@code -} descending, e.g. {@code -contacted} (the default) or {@code lastName}.
 */
final class ContactRecordSorts {
  private static final Map<String, Key> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("contacted", Key.CONTACTED);
    NAMES.put("created", Key.CREATED);
    NAMES.put("updated", Key.UPDATED);
    NAMES.put("lastName", Key.LAST_NAME);
    NAMES.put("paymentReference", Key.PAYMENT_REFERENCE);
    NAMES.put("followUp", Key.FOLLOW_UP);
  }

  private ContactRecordSorts() {}

  /**
   * @return the order asked for, or the default when the parameter is absent or blank
   * @throws BadRequestException if it names no key
   */
  static ContactRecordSort parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return ContactRecordSort.DEFAULT;
    }
    var value = raw.strip();
    var descending = value.startsWith("-");
    var key = NAMES.get(descending ? value.substring(1) : value);
    if (key == null) {
      throw new BadRequestException(
          "sort",
          "Sort by one of "
              + String.join(", ", NAMES.keySet())
              + "; a leading '-' sorts in descending order.");
    }
    return new ContactRecordSort(key, descending);
  }

  /** The parameter value that asks for this order. */
  static String format(ContactRecordSort sort) {
    var name =
        NAMES.entrySet().stream()
            .filter(entry -> entry.getValue() == sort.key())
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    return sort.descending() ? "-" + name : name;
  }
}
