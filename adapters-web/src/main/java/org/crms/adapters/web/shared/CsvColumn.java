package org.crms.adapters.web.shared;

import java.util.Objects;
import java.util.function.Function;

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
}
