package org.crms.adapters.persistence.testing;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.crms.adapters.persistence.jooq.Tables.CONTACT_RECORD;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.crms.adapters.persistence.client.JooqClientRepository;
import org.crms.adapters.persistence.jooq.tables.records.ClientRequestRecord;
import org.crms.adapters.persistence.jooq.tables.records.ContactRecordRecord;
import org.crms.adapters.persistence.requesttype.JooqRequestTypeRepository;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.jooq.DSLContext;

/**
 * Rows of clients, types, requests and contact records for tests of queries that read several
 * tables. Clients and types are stored through their repositories; requests and contact records as
 * plain rows, with valid defaults a test changes where it matters:
 *
 * <pre>{@code
 * var data = new TrackingData(dsl);
 * var acme = data.client("Acme Ltd");
 * data.request("Renew the certificate", r -> { r.setClientId(acme); r.setReference("PAY-17"); });
 * }</pre>
 */
public final class TrackingData {
  public static final Instant T0 = Instant.parse("2026-03-02T10:30:00Z");

  private final DSLContext dsl;
  private final Actor admin;
  private UUID defaultClient;
  private UUID defaultType;

  /** Stores an admin, who creates (and deletes) everything made here. */
  public TrackingData(DSLContext dsl) {
    this.dsl = dsl;
    this.admin = TestUsers.persisted(dsl, Role.ADMIN).asActor();
  }

  public Actor admin() {
    return admin;
  }

  public UUID client(String name) {
    return client(name, null);
  }

  /** A live client; {@code email} may be null. */
  public UUID client(String name, String email) {
    var client = Client.open(ClientDetails.parse(name, email, null, null, true), admin, T0);
    return new JooqClientRepository(dsl).add(client).id().value();
  }

  /** A client moved to the trash at that instant. */
  public UUID deletedClient(String name, Instant deletedAt) {
    var repository = new JooqClientRepository(dsl);
    var client =
        repository.add(Client.open(ClientDetails.parse(name, null, null, null, true), admin, T0));
    client.delete(admin, 0, deletedAt);
    return repository.update(client).id().value();
  }

  public UUID type(String name) {
    var type = RequestType.define(RequestTypeDetails.parse(name, null, null, true), admin, T0);
    return new JooqRequestTypeRepository(dsl).add(type).id().value();
  }

  /** A request type moved to the trash at that instant. */
  public UUID deletedType(String name, Instant deletedAt) {
    var repository = new JooqRequestTypeRepository(dsl);
    var type =
        repository.add(
            RequestType.define(RequestTypeDetails.parse(name, null, null, true), admin, T0));
    type.delete(admin, 0, deletedAt);
    return repository.update(type).id().value();
  }

  /**
   * A pending request of a shared client and type, created and last changed at {@link #T0}, after
   * the tweaks; returns its id.
   */
  public UUID request(String title, Consumer<ClientRequestRecord> tweak) {
    var row = dsl.newRecord(CLIENT_REQUEST);
    row.setId(UUID.randomUUID());
    row.setClientId(defaultClient());
    row.setTypeId(defaultType());
    row.setTitle(title);
    row.setStatus("PENDING");
    row.setPriority("NORMAL");
    row.setCreatedAt(T0);
    row.setCreatedBy(admin.userId().value());
    row.setUpdatedAt(T0);
    row.setUpdatedBy(admin.userId().value());
    tweak.accept(row);
    row.insert();
    return row.getId();
  }

  /** A successful phone contact at {@link #T0} about no request, after the tweaks. */
  public UUID contact(
      String firstName,
      String lastName,
      String paymentReference,
      Consumer<ContactRecordRecord> tweak) {
    var row = dsl.newRecord(CONTACT_RECORD);
    row.setId(UUID.randomUUID());
    row.setFirstName(firstName);
    row.setLastName(lastName);
    row.setPaymentReference(paymentReference);
    row.setMethod("PHONE");
    row.setContactedAt(T0);
    row.setOutcome("CONTACT_SUCCESSFUL");
    row.setNotes("Called about the payment.");
    row.setCreatedAt(T0);
    row.setCreatedBy(admin.userId().value());
    row.setUpdatedAt(T0);
    row.setUpdatedBy(admin.userId().value());
    tweak.accept(row);
    row.insert();
    return row.getId();
  }

  /** The tweak that leaves a row as it is. */
  public static <R> Consumer<R> asIs() {
    return row -> {};
  }

  private UUID defaultClient() {
    if (defaultClient == null) {
      defaultClient = client("Default client " + UUID.randomUUID());
    }
    return defaultClient;
  }

  private UUID defaultType() {
    if (defaultType == null) {
      defaultType = type("Default type " + UUID.randomUUID());
    }
    return defaultType;
  }
}
