package org.crms.adapters.web.request;

import java.time.LocalDate;
import java.util.List;
import org.crms.adapters.web.shared.CsvColumn;
import org.crms.domain.request.ClientRequest;

/**
 * The columns of the client request export: the fields of {@link ClientRequestResponse} but the
 * version, status and priority by their labels.
 */
final class ClientRequestCsv {
  private ClientRequestCsv() {}

  /**
   * @param today the day that decides what is overdue
   */
  static List<CsvColumn<ClientRequest>> columns(LocalDate today) {
    return CsvColumn.withStamps(
        List.of(
            CsvColumn.of("Id", request -> request.id().value()),
            CsvColumn.of("Reference", request -> request.details().reference()),
            CsvColumn.of("Title", request -> request.details().title()),
            CsvColumn.of("Description", request -> request.details().description()),
            CsvColumn.of("Client id", request -> request.details().clientId().value()),
            CsvColumn.of("Type id", request -> request.details().typeId().value()),
            CsvColumn.of("Status", request -> request.status().label()),
            CsvColumn.of("Priority", request -> request.details().priority().label()),
            CsvColumn.of("Owner id", request -> request.owner().map(o -> o.value()).orElse(null)),
            CsvColumn.of("Due on", request -> request.details().dueOn()),
            CsvColumn.of("Overdue", request -> request.isOverdue(today)),
            CsvColumn.of("Started at", request -> request.startedAt().orElse(null)),
            CsvColumn.of("Completed at", request -> request.completedAt().orElse(null))),
        ClientRequest::created,
        ClientRequest::updated);
  }
}
