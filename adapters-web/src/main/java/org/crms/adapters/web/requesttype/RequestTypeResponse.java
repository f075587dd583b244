package org.crms.adapters.web.requesttype;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.TargetDays;
import org.crms.domain.user.UserId;

/**
 * A request type as the API shows it. Absent optional fields are {@code null}, so every type has
 * the same shape.
 *
 * @param targetDays the usual number of days a request of this type takes; null for none
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record RequestTypeResponse(
    UUID id,
    String name,
    String description,
    Integer targetDays,
    boolean active,
    Instant createdAt,
    UUID createdBy,
    Instant updatedAt,
    UUID updatedBy,
    long version) {

  static RequestTypeResponse from(RequestType type) {
    var details = type.details();
    return new RequestTypeResponse(
        type.id().value(),
        details.name().value(),
        details.description(),
        details.target().map(TargetDays::value).orElse(null),
        details.active(),
        type.created().at(),
        idOf(type.created().by()),
        type.updated().at(),
        idOf(type.updated().by()),
        type.version());
  }

  /** 200 with the type, and its version as {@code ETag}. */
  static HttpResponse<RequestTypeResponse> tagged(RequestType type) {
    return EntityTags.tagged(HttpResponse.ok(from(type)), type.version());
  }

  private static UUID idOf(UserId user) {
    return user == null ? null : user.value();
  }
}
