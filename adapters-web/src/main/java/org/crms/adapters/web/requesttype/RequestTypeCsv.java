package org.crms.adapters.web.requesttype;

import java.util.List;
import org.crms.adapters.web.shared.CsvColumn;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.TargetDays;

/**
 * The columns of the request type export: the fields of {@link RequestTypeResponse} but the
 * version.
 */
final class RequestTypeCsv {
  static final List<CsvColumn<RequestType>> COLUMNS =
      CsvColumn.withStamps(
          List.of(
              CsvColumn.of("Id", type -> type.id().value()),
              CsvColumn.of("Name", type -> type.details().name().value()),
              CsvColumn.of("Description", type -> type.details().description()),
              CsvColumn.of(
                  "Target days",
                  type -> type.details().target().map(TargetDays::value).orElse(null)),
              CsvColumn.of("Active", type -> type.details().active())),
          RequestType::created,
          RequestType::updated);

  private RequestTypeCsv() {}
}
