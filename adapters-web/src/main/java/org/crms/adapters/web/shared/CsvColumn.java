package org.crms.adapters.web.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.crms.domain.user.Stamp;

/**
 * One column of a CSV export.
 *
 * @param header the column's title in the first row
 * @param value reads the cell from an item; null for an empty cell
 */
public record CsvColumn<T>(String header, Function<? super T, ?> value) {
  public CsvColumn {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(value, "value");
  }

  public static <T> CsvColumn<T> of(String header, Function<? super T, ?> value) {
    return new CsvColumn<>(header, value);
  }

  /**
   * The columns, then four of who created and last changed the item, and when: "Created at",
   * "Created by", "Updated at", "Updated by"; "by" is a user's id, empty for the system.
   */
  public static <T> List<CsvColumn<T>> withStamps(
      List<CsvColumn<T>> columns,
      Function<? super T, Stamp> created,
      Function<? super T, Stamp> updated) {
    var all = new ArrayList<>(columns);
    all.add(of("Created at", item -> created.apply(item).at()));
    all.add(of("Created by", item -> userOf(created.apply(item))));
    all.add(of("Updated at", item -> updated.apply(item).at()));
    all.add(of("Updated by", item -> userOf(updated.apply(item))));
    return List.copyOf(all);
  }

  private static Object userOf(Stamp stamp) {
    return stamp.by() == null ? null : stamp.by().value();
  }
}
