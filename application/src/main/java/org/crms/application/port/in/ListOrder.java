package org.crms.application.port.in;

import java.util.Objects;

/**
 * The order of a list of named items: by name regardless of case (the default), by when they were
 * created, or by when they last changed; ascending or descending. Items with equal keys follow
 * their ids in the same direction, so that the order is total and keyset pages never skip or repeat
 * an item.
 */
public record ListOrder(ListOrder.Key key, boolean descending) {
  /** By name, A to Z: what a list shows unless asked otherwise. */
  public static final ListOrder BY_NAME = new ListOrder(Key.NAME, false);

  public ListOrder {
    Objects.requireNonNull(key, "key");
  }

  /** What a list can be ordered by. */
  public enum Key {
    NAME,
    CREATED,
    UPDATED
  }
}
