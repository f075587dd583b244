package org.crms.adapters.web.dashboard;

import java.util.List;
import org.crms.adapters.web.page.Chrome;

/**
 * The dashboard, "Needs attention": each figure as a card with its count, its first items and a
 * link to the list that shows all of them; then live requests counted by status and by type.
 *
 * @param asOf when the figures were taken, as shown
 */
public record DashboardPage(
    Chrome chrome, String asOf, List<Figure> figures, List<Tally> byStatus, List<Tally> byType) {

  /**
   * One card.
   *
   * @param count every item of the figure, not only those listed
   * @param seeAll the list filtered to the figure's items
   */
  public record Figure(String title, long count, List<Line> lines, String seeAll) {}

  /**
   * One item of a card.
   *
   * @param href the item's page
   * @param label what names it (a request's title, a contact's name)
   * @param detail where it belongs and when it is due
   */
  public record Line(String href, String label, String detail) {}

  /**
   * A count of live requests of one status or type.
   *
   * @param href the request list filtered to them
   */
  public record Tally(String label, long count, String href) {}
}
