package org.crms.application.port.in.request;

import java.util.List;
import java.util.Objects;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.DomainException;

/** What a bulk edit did to each request it was given. */
public record BulkEditResult(List<Item> items) {
  public BulkEditResult {
    items = List.copyOf(items);
  }

  /** How many requests were changed. */
  public long applied() {
    return items.stream().filter(i -> i.outcome() == Outcome.APPLIED).count();
  }

  /** What became of one request. */
  public enum Outcome {
    /** Changed, and the change audited. */
    APPLIED,
    /** Already as asked; nothing written. */
    UNCHANGED,
    /** Left as it was, for the reason in {@link Item#problem()}. */
    REFUSED
  }

  /**
   * @param problem why the request was refused; null unless {@link Outcome#REFUSED}
   */
  public record Item(ClientRequestId id, Outcome outcome, DomainException problem) {
    public Item {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(outcome, "outcome");
      if ((outcome == Outcome.REFUSED) != (problem != null)) {
        throw new IllegalArgumentException("a problem goes with a refusal, and only with one");
      }
    }
  }
}
