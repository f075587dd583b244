package org.crms.adapters.web.requesttype;

import java.util.List;
import org.crms.adapters.web.audit.HistoryLine;
import org.crms.adapters.web.client.InlineRequest;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.domain.requesttype.RequestType;

/**
 * A request type's page: its facts, its live requests (newest first) and its history. Empty strings
 * stand for absent fields.
 */
public record RequestTypeDetailPage(
    Chrome chrome,
    String id,
    String name,
    String description,
    String targetDays,
    boolean active,
    String created,
    String updated,
    InlineRequest.Section requests,
    List<HistoryLine> history) {

  static RequestTypeDetailPage of(
      Chrome chrome, RequestType type, InlineRequest.Section requests, List<HistoryLine> history) {
    var details = type.details();
    return new RequestTypeDetailPage(
        chrome,
        type.id().value().toString(),
        details.name().value(),
        details.description() == null ? "" : details.description(),
        details.target().map(t -> Integer.toString(t.value())).orElse(""),
        details.active(),
        Formats.dateTime(type.created().at()),
        Formats.dateTime(type.updated().at()),
        requests,
        history);
  }
}
