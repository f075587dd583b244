package org.crms.adapters.persistence.request;

import org.crms.adapters.persistence.jooq.tables.records.ClientRequestRecord;
import org.crms.adapters.persistence.shared.Stamps;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/**
 * Translates between {@link ClientRequest} and rows of {@code client_request}. Status and priority
 * are stored as codes spelled out here, so that renaming a constant cannot change what stored rows
 * mean. The generated {@code search} column is never read or written.
 */
final class ClientRequestRecordMapper {
  private ClientRequestRecordMapper() {}

  static ClientRequest toDomain(ClientRequestRecord row) {
    var details =
        new RequestDetails(
            new ClientId(row.getClientId()),
            new RequestTypeId(row.getTypeId()),
            row.getTitle(),
            row.getDescription(),
            row.getReference(),
            priority(row.getPriority()),
            row.getDueOn());
    return ClientRequest.reconstitute(
        new ClientRequest.State(
            new ClientRequestId(row.getId()),
            details,
            status(row.getStatus()),
            row.getOwnerId() == null ? null : new UserId(row.getOwnerId()),
            Stamps.of(row.getCreatedAt(), row.getCreatedBy()),
            Stamps.of(row.getUpdatedAt(), row.getUpdatedBy()),
            row.getStartedAt(),
            row.getCompletedAt(),
            Stamps.deletedOrNull(row.getDeletedAt(), row.getDeletedBy()),
            row.getVersion()));
  }

  /** A new row holding every field of the request. */
  static ClientRequestRecord toRecord(ClientRequest request) {
    var row = changeableColumns(request);
    row.setId(request.id().value());
    row.setCreatedAt(request.created().at());
    row.setCreatedBy(Stamps.userId(request.created().by()));
    row.setVersion(request.version());
    return row;
  }

  /**
   * A row in which only the columns an update may change are set (all but identity, creation and
   * version); jOOQ writes only the columns that were set.
   */
  static ClientRequestRecord changeableColumns(ClientRequest request) {
    var details = request.details();
    var deleted = request.deleted();
    var row = new ClientRequestRecord();
    row.setClientId(details.clientId().value());
    row.setTypeId(details.typeId().value());
    row.setTitle(details.title());
    row.setDescription(details.description());
    row.setReference(details.reference());
    row.setStatus(statusCode(request.status()));
    row.setPriority(priorityCode(details.priority()));
    row.setOwnerId(request.owner().map(UserId::value).orElse(null));
    row.setDueOn(details.dueOn());
    row.setUpdatedAt(request.updated().at());
    row.setUpdatedBy(Stamps.userId(request.updated().by()));
    row.setStartedAt(request.startedAt().orElse(null));
    row.setCompletedAt(request.completedAt().orElse(null));
    row.setDeletedAt(deleted.map(Stamp::at).orElse(null));
    row.setDeletedBy(deleted.map(Stamp::by).map(UserId::value).orElse(null));
    return row;
  }

  static String statusCode(RequestStatus status) {
    return switch (status) {
      case PENDING -> "PENDING";
      case IN_PROGRESS -> "IN_PROGRESS";
      case COMPLETED -> "COMPLETED";
    };
  }

  static RequestStatus status(String code) {
    return switch (code) {
      case "PENDING" -> RequestStatus.PENDING;
      case "IN_PROGRESS" -> RequestStatus.IN_PROGRESS;
      case "COMPLETED" -> RequestStatus.COMPLETED;
      default -> throw new IllegalStateException("unknown request status code: " + code);
    };
  }

  static String priorityCode(Priority priority) {
    return switch (priority) {
      case LOW -> "LOW";
      case NORMAL -> "NORMAL";
      case HIGH -> "HIGH";
      case URGENT -> "URGENT";
    };
  }

  static Priority priority(String code) {
    return switch (code) {
      case "LOW" -> Priority.LOW;
      case "NORMAL" -> Priority.NORMAL;
      case "HIGH" -> Priority.HIGH;
      case "URGENT" -> Priority.URGENT;
      default -> throw new IllegalStateException("unknown request priority code: " + code);
    };
  }
}
