package org.crms.adapters.web.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crms.adapters.web.page.Option;
import org.crms.adapters.web.request.RequestFormPage.Difference;

/**
 * The fields of a conflicting edit whose stored value is not the one the user sent, each written as
 * people read it (names rather than ids).
 */
final class RequestConflicts {
  private RequestConflicts() {}

  /**
   * @param form the form being shown, for the names of the options
   */
  static List<Difference> between(RequestForm stored, RequestForm yours, RequestFormPage form) {
    var found = new ArrayList<Difference>();
    compare(found, "Client", stored.clientId(), yours.clientId(), form.clients());
    compare(found, "Type", stored.typeId(), yours.typeId(), form.types());
    compare(found, "Title", stored.title(), yours.title(), null);
    compare(found, "Description", stored.description(), yours.description(), null);
    compare(found, "Reference", stored.reference(), yours.reference(), null);
    compare(
        found, "Priority", level(stored.priority()), level(yours.priority()), form.priorities());
    compare(found, "Due date", stored.dueOn(), yours.dueOn(), null);
    compare(found, "Owner", stored.ownerId(), yours.ownerId(), form.owners());
    return found;
  }

  private static void compare(
      List<Difference> found, String field, String stored, String yours, List<Option> names) {
    var before = text(stored);
    var after = text(yours);
    if (!Objects.equals(before, after)) {
      found.add(new Difference(field, name(before, names), name(after, names)));
    }
  }

  private static String name(String value, List<Option> names) {
    if (value.isEmpty()) {
      return "(none)";
    }
    return names == null ? value : RequestChoices.label(names, value, value);
  }

  private static String level(String priority) {
    return priority == null || priority.isBlank()
        ? "NORMAL"
        : priority.strip().toUpperCase(Locale.ROOT);
  }

  private static String text(String value) {
    return value == null ? "" : value.replace("\r\n", "\n").strip();
  }
}
