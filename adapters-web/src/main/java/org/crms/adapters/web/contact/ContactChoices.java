package org.crms.adapters.web.contact;

import java.util.Arrays;
import java.util.List;
import org.crms.adapters.web.page.Option;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;

/**
 * The choices the contact pages offer, with the domain's labels ("Awaiting response"), and the
 * badge each outcome is shown in (its words always inside, never the colour alone).
 */
public final class ContactChoices {
  static final List<Option> METHODS =
      Arrays.stream(ContactMethod.values()).map(m -> new Option(m.name(), m.label())).toList();
  static final List<Option> OUTCOMES =
      Arrays.stream(ContactOutcome.values()).map(o -> new Option(o.name(), o.label())).toList();

  /** The orders of the list, by the API's {@code sort} values. */
  static final List<Option> SORTS =
      List.of(
          new Option("-contacted", "Latest contact first"),
          new Option("contacted", "Oldest contact first"),
          new Option("lastName", "Last name A–Z"),
          new Option("-lastName", "Last name Z–A"),
          new Option("paymentReference", "Payment reference A–Z"),
          new Option("-paymentReference", "Payment reference Z–A"),
          new Option("followUp", "Earliest follow-up first"),
          new Option("-followUp", "Latest follow-up first"),
          new Option("-created", "Newest record first"),
          new Option("created", "Oldest record first"),
          new Option("-updated", "Recently updated first"),
          new Option("updated", "Least recently updated first"));

  private ContactChoices() {}

  /** The CSS classes of an outcome's badge. */
  static String badge(ContactOutcome outcome) {
    return switch (outcome) {
      case CONTACT_SUCCESSFUL -> "badge badge-completed";
      case AWAITING_RESPONSE -> "badge badge-pending";
      case NO_CONTACT_POSSIBLE -> "badge badge-inactive";
    };
  }
}
