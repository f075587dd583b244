package org.crms.adapters.web.trash;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.trash.TrashItem;

/**
 * One deleted item on the trash page.
 *
 * @param kind the kind of item in words ("Request type")
 * @param restore where its restore button posts, e.g. {@code /trash/request-type/{id}/restore}
 * @param deletedBy the username of who deleted it; "system" when nobody did
 */
public record TrashRow(
    String kind, String label, String deletedAt, String deletedBy, String restore) {

  static TrashRow from(TrashItem item) {
    var path = item.itemType().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return new TrashRow(
        Formats.words(item.itemType()),
        item.label(),
        Formats.dateTime(item.deletedAt()),
        name(item.deletedByName()),
        "/trash/" + path + "/" + item.id() + "/restore");
  }

  private static String name(@Nullable String username) {
    return username == null ? "system" : username;
  }
}
