package org.crms.adapters.persistence.requesttype;

import org.crms.adapters.persistence.jooq.tables.records.RequestTypeRecord;
import org.crms.adapters.persistence.shared.Stamps;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.requesttype.RequestTypeName;
import org.crms.domain.requesttype.TargetDays;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/**
 * Translates between {@link RequestType} and rows of {@code request_type}. A null {@code
 * target_days} means the type has no {@link TargetDays}.
 */
final class RequestTypeRecordMapper {
  private RequestTypeRecordMapper() {}

  static RequestType toDomain(RequestTypeRecord row) {
    var details =
        new RequestTypeDetails(
            new RequestTypeName(row.getName()),
            row.getDescription(),
            row.getTargetDays() == null ? null : new TargetDays(row.getTargetDays()),
            row.getActive());
    return RequestType.reconstitute(
        new RequestTypeId(row.getId()),
        details,
        Stamps.of(row.getCreatedAt(), row.getCreatedBy()),
        Stamps.of(row.getUpdatedAt(), row.getUpdatedBy()),
        Stamps.deletedOrNull(row.getDeletedAt(), row.getDeletedBy()),
        row.getVersion());
  }

  /** A new row holding every field of the type. */
  static RequestTypeRecord toRecord(RequestType type) {
    var row = changeableColumns(type);
    row.setId(type.id().value());
    row.setCreatedAt(type.created().at());
    row.setCreatedBy(Stamps.userId(type.created().by()));
    row.setVersion(type.version());
    return row;
  }

  /**
   * A row in which only the columns an update may change are set (all but identity, creation and
   * version); jOOQ writes only the columns that were set.
   */
  static RequestTypeRecord changeableColumns(RequestType type) {
    var details = type.details();
    var deleted = type.deleted();
    var row = new RequestTypeRecord();
    row.setName(details.name().value());
    row.setDescription(details.description());
    row.setTargetDays(details.target().map(TargetDays::value).orElse(null));
    row.setActive(details.active());
    row.setUpdatedAt(type.updated().at());
    row.setUpdatedBy(Stamps.userId(type.updated().by()));
    row.setDeletedAt(deleted.map(Stamp::at).orElse(null));
    row.setDeletedBy(deleted.map(Stamp::by).map(UserId::value).orElse(null));
    return row;
  }
}
