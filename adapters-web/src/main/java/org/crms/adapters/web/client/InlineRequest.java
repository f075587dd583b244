package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A request as a line of the requests shown inline on a client's or a request type's page.
 *
 * @param typeName the request type's name; null when the page is that type's own
 * @param statusLabel the workflow status in words ("In Progress")
 * @param statusCss the badge classes of that status
 * @param owner the owner's username ("alice (you)" for the viewer), or "Unassigned"
 * @param due the due date, ISO; empty for none
 * @param overdue not completed and due before today (UTC), as the domain judges it
 */
public record InlineRequest(
    String id,
    String title,
    @Nullable String typeName,
    String statusLabel,
    String statusCss,
    String owner,
    String due,
    boolean overdue) {

  /**
   * The first page of the requests of one client or type.
   *
   * @param more whether there are more than shown, found on the full request list
   */
  public record Section(List<InlineRequest> rows, boolean more, String allHref) {}
}
