package org.crms.application.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.crms.application.port.in.ListOrder;

/** The orders of named lists as the fakes apply them to positions, mirroring the database's. */
final class ListOrders {
  private ListOrders() {}

  /**
   * Compares positions of one order: by lower-case name or by instant, then by id as text (which is
   * how PostgreSQL orders uuids), all reversed for a descending order.
   */
  static <P> Comparator<P> of(
      ListOrder order, Function<P, String> name, Function<P, Instant> at, Function<P, UUID> id) {
    Comparator<P> byKey =
        order.key() == ListOrder.Key.NAME
            ? Comparator.comparing(p -> name.apply(p).toLowerCase(Locale.ROOT))
            : Comparator.comparing(at);
    var total = byKey.thenComparing(p -> id.apply(p).toString());
    return order.descending() ? total.reversed() : total;
  }
}
