package org.crms.adapters.web.request;

import java.util.List;
import org.crms.adapters.web.audit.HistoryLine;
import org.crms.adapters.web.page.Chrome;

/**
 * One request's page: its fields, the status moves the workflow allows from where it stands, its
 * contact records and its history.
 *
 * @param request the request's fields, written out
 * @param moves one button per move the domain allows, nothing else
 * @param contacts the request's latest contact records
 * @param history what happened to it, newest first
 */
public record RequestDetailPage(
    Chrome chrome,
    Facts request,
    List<Move> moves,
    List<Contact> contacts,
    List<HistoryLine> history) {

  /** The request as its page shows it; empty strings for "none". */
  public record Facts(
      String id,
      String title,
      String clientName,
      String clientHref,
      String typeName,
      String statusLabel,
      String statusCss,
      String priorityLabel,
      String priorityCss,
      String owner,
      String dueOn,
      boolean overdue,
      String reference,
      String description,
      String created,
      String updated,
      String started,
      String completed,
      long version) {}

  /**
   * A status button.
   *
   * @param target the status it moves to (the form's {@code target})
   * @param label the verb: "Start", "Put back", "Complete" or "Reopen"
   */
  public record Move(String target, String label) {}

  /** A contact record about the request. */
  public record Contact(String date, String name, String method, String outcome, String href) {}
}
