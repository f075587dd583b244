package org.crms.domain.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.crms.domain.client.ClientFixtures;

/**
 * Ready-made contact input and records for tests of every module. {@link #input()} starts from
 * valid values, so a test changes only the fields it is about.
 */
public final class ContactFixtures {
  /** When the contact in {@link #input()} happened: 2026-01-05 in UTC. */
  public static final Instant CONTACTED = Instant.parse("2026-01-05T09:00:00Z");

  /** The time {@link #input()} is parsed at, an hour after the contact. */
  public static final Instant NOW = CONTACTED.plusSeconds(3600);

  private ContactFixtures() {}

  public static Input input() {
    return new Input();
  }

  /** A successful phone contact, logged by an admin at {@link #NOW}. */
  public static ContactRecord aLoggedContact() {
    return ContactRecord.log(input().parse(), ClientFixtures.anAdmin(), NOW);
  }

  /** A contact awaiting a response, to be followed up on the given date. */
  public static ContactRecord anAwaitingContact(LocalDate followUpOn) {
    var details = input().outcome(ContactOutcome.AWAITING_RESPONSE).followUpOn(followUpOn).parse();
    return ContactRecord.log(details, ClientFixtures.anAdmin(), NOW);
  }

  /** Raw input for {@link ContactDetails#parse}; one builder per test, never shared. */
  public static final class Input {
    private String paymentReference = "PAY-2026-0042";
    private String firstName = "Ada";
    private String lastName = "Lovelace";
    private ContactMethod method = ContactMethod.PHONE;
    private Instant contactedAt = CONTACTED;
    private ContactOutcome outcome = ContactOutcome.CONTACT_SUCCESSFUL;
    private LocalDate followUpOn;
    private String notes = "Called about the rejected payment; card replaced.";
    private UUID requestId;
    private Instant now = NOW;

    private Input() {}

    public Input paymentReference(String value) {
      paymentReference = value;
      return this;
    }

    public Input firstName(String value) {
      firstName = value;
      return this;
    }

    public Input lastName(String value) {
      lastName = value;
      return this;
    }

    public Input method(ContactMethod value) {
      method = value;
      return this;
    }

    public Input contactedAt(Instant value) {
      contactedAt = value;
      return this;
    }

    public Input outcome(ContactOutcome value) {
      outcome = value;
      return this;
    }

    public Input followUpOn(LocalDate value) {
      followUpOn = value;
      return this;
    }

    public Input notes(String value) {
      notes = value;
      return this;
    }

    public Input requestId(UUID value) {
      requestId = value;
      return this;
    }

    public Input now(Instant value) {
      now = value;
      return this;
    }

    public ContactDetails parse() {
      return ContactDetails.parse(
          paymentReference,
          firstName,
          lastName,
          method,
          contactedAt,
          outcome,
          followUpOn,
          notes,
          requestId,
          now);
    }
  }
}
