package org.crms.adapters.web.request;

import org.crms.application.port.in.request.BulkChange;
import org.crms.application.port.in.request.BulkEditResult;
import org.crms.domain.user.Actor;

/** What a bulk edit did, in one sentence: "3 requests marked as Completed." */
final class RequestBulkMessages {
  private RequestBulkMessages() {}

  static String summary(BulkChange change, BulkEditResult result, Actor actor) {
    var applied = result.applied();
    var unchanged =
        result.items().stream()
            .filter(i -> i.outcome() == BulkEditResult.Outcome.UNCHANGED)
            .count();
    var sentence = requests(applied) + " " + done(change, actor) + ".";
    if (unchanged == 0) {
      return sentence;
    }
    return sentence + " " + unchanged + (unchanged == 1 ? " was" : " were") + " already so.";
  }

  static String requests(long count) {
    return count + (count == 1 ? " request" : " requests");
  }

  private static String done(BulkChange change, Actor actor) {
    return switch (change.kind()) {
      case STATUS -> "marked as " + change.status().label();
      case OWNER -> owner(change, actor);
      case PRIORITY -> "set to priority " + change.priority().label();
      case DUE_ON ->
          change.dueOn() == null ? "cleared of their due date" : "now due on " + change.dueOn();
      case TYPE -> "given the chosen type";
    };
  }

  private static String owner(BulkChange change, Actor actor) {
    if (change.owner() == null) {
      return "now unassigned";
    }
    return change.owner().equals(actor.userId()) ? "assigned to you" : "given the chosen owner";
  }
}
