package org.crms.domain.shared;

/**
 * The change was based on a version of an item that someone else has changed since. Refusing it is
 * what prevents lost updates.
 */
public final class StaleAggregateException extends DomainException {
  public StaleAggregateException(String itemType, Object id) {
    super(
        itemType
            + " "
            + id
            + " was changed by someone else; reload it and apply your change again.");
  }
}
