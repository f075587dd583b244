package org.crms.application.port.in.request;

import java.util.List;
import java.util.Objects;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;

/**
 * Input of {@link BulkEditRequestsUseCase}: 1 to {@value #MAX_IDS} requests, each named once (a
 * repeated id is edited once), and the one change to apply to each.
 */
public record BulkEditRequestsCommand(Actor actor, List<ClientRequestId> ids, BulkChange change) {
  public static final int MAX_IDS = 200;

  /**
   * @throws InvalidValueException naming {@code ids} when there are none or too many
   */
  public BulkEditRequestsCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(change, "change");
    ids = ids.stream().distinct().toList();
    if (ids.isEmpty()) {
      throw new InvalidValueException("ids", "Select at least one request.");
    }
    if (ids.size() > MAX_IDS) {
      throw new InvalidValueException("ids", "Select at most " + MAX_IDS + " requests at once.");
    }
  }
}
