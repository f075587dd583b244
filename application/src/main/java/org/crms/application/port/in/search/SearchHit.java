package org.crms.application.port.in.search;

import java.util.Objects;
import java.util.UUID;

/**
 * One item that matched a search.
 *
 * @param id the item's id; its kind is the group the hit is in
 * @param label what names the item: a request's title, a client's name, a contact's "first last ·
 *     payment reference"
 * @param context a short hint of where the item belongs (a request's client and reference, a
 *     client's e-mail address, the start of a contact's notes); null when there is none
 * @param rank how well it matched, higher first: 3 and more for an exact match of a name, title or
 *     reference, 2 for a prefix, 1 for a fragment, plus up to 1 for the words it holds
 */
public record SearchHit(UUID id, String label, String context, double rank) {
  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
