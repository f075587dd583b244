package org.crms.adapters.web.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.error.DomainProblems;
import org.crms.adapters.web.error.Problem;
import org.crms.application.port.in.request.BulkEditResult;

/**
 * What a bulk edit did, request by request, in the order the ids were sent.
 *
 * @param applied how many requests were changed
 */
@Serdeable
record BulkEditResponse(List<Item> results, long applied) {

  /**
   * One request's outcome.
   *
   * @param outcome APPLIED, UNCHANGED (already as asked) or REFUSED
   * @param problem why it was refused, as the single-request call would have answered; null unless
   *     refused
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Item(UUID id, String outcome, Problem problem) {}

  static BulkEditResponse from(BulkEditResult result) {
    var items =
        result.items().stream()
            .map(
                item ->
                    new Item(
                        item.id().value(),
                        item.outcome().name(),
                        item.problem() == null ? null : DomainProblems.describe(item.problem())))
            .toList();
    return new BulkEditResponse(items, result.applied());
  }
}
