package org.crms.application.port.in.dashboard;

import java.util.List;

/**
 * One figure of the dashboard: how many items are in it, and the most pressing few of them.
 *
 * @param count every item in the figure, not only those listed
 * @param top the first items, most pressing first
 * @param <T> the items
 */
public record DashboardFigure<T>(long count, List<T> top) {
  public DashboardFigure {
    if (count < top.size()) {
      throw new IllegalArgumentException("a figure counts at least the items it lists");
    }
    top = List.copyOf(top);
  }

  public static <T> DashboardFigure<T> empty() {
    return new DashboardFigure<>(0, List.of());
  }
}
