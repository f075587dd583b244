package org.crms.adapters.web.request;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.crms.adapters.web.page.Formats;
import org.crms.domain.request.ClientRequest;

/**
 * The request form's fields as the browser sends them, kept as text so that a refused form comes
 * back exactly as it was typed. The field names are the domain's, which name the errors.
 *
 * @param dueOn an ISO date; empty on a new request lets its type's target decide, empty on an edit
 *     means no due date
 * @param ownerId the owner's id; empty for nobody
 * @param version on an edit, the version the form was based on
 */
@Serdeable
public record RequestForm(
    @Nullable String clientId,
    @Nullable String typeId,
    @Nullable String title,
    @Nullable String description,
    @Nullable String reference,
    @Nullable String priority,
    @Nullable String dueOn,
    @Nullable String ownerId,
    @Nullable String version) {

  /** An empty form, for a request of that client when one is given. */
  static RequestForm blank(@Nullable String clientId) {
    return new RequestForm(clientId, null, null, null, null, "NORMAL", null, null, null);
  }

  /** The form of a stored request, at its version. */
  static RequestForm of(ClientRequest request) {
    var details = request.details();
    return new RequestForm(
        details.clientId().value().toString(),
        details.typeId().value().toString(),
        details.title(),
        details.description(),
        details.reference(),
        details.priority().name(),
        Formats.date(details.dueOn()),
        request.owner().map(owner -> owner.value().toString()).orElse(""),
        Long.toString(request.version()));
  }

  /** The same values as the API's payload, read by the same rules. */
  ClientRequestPayload payload() {
    return new ClientRequestPayload(
        clientId, typeId, title, description, reference, priority, dueOn, ownerId);
  }

  /** The version the edit is based on; -1, which no request has, when missing or garbled. */
  long expectedVersion() {
    try {
      return version == null ? -1 : Long.parseLong(version.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The same values, based on another version: what a conflict form re-applies. */
  RequestForm atVersion(long stored) {
    return new RequestForm(
        clientId,
        typeId,
        title,
        description,
        reference,
        priority,
        dueOn,
        ownerId,
        Long.toString(stored));
  }
}
