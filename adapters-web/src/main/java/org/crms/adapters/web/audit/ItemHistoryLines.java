package org.crms.adapters.web.audit;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.audit.GetItemHistoryQuery;
import org.crms.application.port.in.audit.GetItemHistoryUseCase;
import org.crms.application.port.in.audit.ItemNotFoundException;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.Actor;

/**
 * The latest events of an item, as the lines its page shows under "History". An item the audit
 * trail knows nothing about (such as one loaded from before the trail began) has an empty history,
 * not a missing page: the page has already shown that the item exists.
 */
@Singleton
public final class ItemHistoryLines {
  private final GetItemHistoryUseCase history;

  ItemHistoryLines(GetItemHistoryUseCase history) {
    this.history = history;
  }

  /** The newest events first, at most one page of the API's default size. */
  public List<HistoryLine> latest(Actor actor, ItemType type, UUID id) {
    var query = new GetItemHistoryQuery(actor, type, id, PageLimit.orDefault(null), null);
    try {
      return history.history(query).items().stream().map(HistoryLine::from).toList();
    } catch (ItemNotFoundException e) {
      return List.of();
    }
  }
}
