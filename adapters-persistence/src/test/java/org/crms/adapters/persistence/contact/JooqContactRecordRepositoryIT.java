package org.crms.adapters.persistence.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;

import java.time.LocalDate;
import java.util.UUID;
import org.crms.adapters.persistence.client.JooqClientRepository;
import org.crms.adapters.persistence.requesttype.JooqRequestTypeRepository;
import org.crms.adapters.persistence.testing.QueryPlans;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.out.ContactRecordRepository;
import org.crms.application.port.out.ContactRecordRepositoryContract;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.contact.ContactFixtures;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JooqContactRecordRepositoryIT extends ContactRecordRepositoryContract {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqContactRecordRepository repository = new JooqContactRecordRepository(dsl);
  private Actor actor;
  private Actor other;
  private Client client;
  private RequestType type;

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
    actor = TestUsers.persisted(dsl, Role.LIMITED).asActor();
    other = TestUsers.persisted(dsl, Role.LIMITED).asActor();
  }

  @Override
  protected ContactRecordRepository repository() {
    return repository;
  }

  @Override
  protected Actor persistedActor() {
    return actor;
  }

  @Override
  protected Actor otherPersistedActor() {
    return other;
  }

  /** A real {@code client_request} row, of a client and type made once per test. */
  @Override
  protected ClientRequestId storeRequest(boolean live) {
    if (client == null) {
      client =
          new JooqClientRepository(dsl)
              .add(Client.open(ClientDetails.parse("Acme", null, null, null, true), actor, T0));
      type =
          new JooqRequestTypeRepository(dsl)
              .add(
                  RequestType.define(
                      RequestTypeDetails.parse("Rejected payment", null, null, true), actor, T0));
    }
    var id = ClientRequestId.newId();
    dsl.insertInto(CLIENT_REQUEST)
        .set(CLIENT_REQUEST.ID, id.value())
        .set(CLIENT_REQUEST.CLIENT_ID, client.id().value())
        .set(CLIENT_REQUEST.TYPE_ID, type.id().value())
        .set(CLIENT_REQUEST.TITLE, "Card declined")
        .set(CLIENT_REQUEST.CREATED_AT, T0)
        .set(CLIENT_REQUEST.CREATED_BY, actor.userId().value())
        .set(CLIENT_REQUEST.UPDATED_AT, T0)
        .set(CLIENT_REQUEST.UPDATED_BY, actor.userId().value())
        .set(CLIENT_REQUEST.DELETED_AT, live ? null : T0)
        .set(CLIENT_REQUEST.DELETED_BY, live ? null : actor.userId().value())
        .execute();
    return id;
  }

  private ContactRecord add(ContactFixtures.Input input) {
    return repository.add(ContactRecord.log(input.now(T0).parse(), actor, T0));
  }

  @ParameterizedTest
  @EnumSource(ContactMethod.class)
  void methods_are_stored_as_their_codes(ContactMethod method) {
    var record = add(ContactFixtures.input().method(method));

    assertThat(column("method", record)).isEqualTo(method.name());
    assertThat(repository.findById(record.id()).orElseThrow().details().method()).isEqualTo(method);
  }

  @ParameterizedTest
  @EnumSource(ContactOutcome.class)
  void outcomes_are_stored_as_their_codes(ContactOutcome outcome) {
    var record = add(ContactFixtures.input().outcome(outcome).followUpOn(LocalDate.of(2026, 1, 9)));

    assertThat(column("outcome", record)).isEqualTo(outcome.name());
    assertThat(repository.findById(record.id()).orElseThrow().details().outcome())
        .isEqualTo(outcome);
  }

  @Test
  void a_record_about_a_request_that_was_never_stored_is_refused_by_the_database() {
    var input = ContactFixtures.input().requestId(UUID.randomUUID());

    assertThatThrownBy(() -> add(input))
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23503"));
  }

  @Test
  void a_backslash_in_the_text_matches_itself() {
    var backslash = add(ContactFixtures.input().paymentReference("A\\B"));
    add(ContactFixtures.input().paymentReference("AB"));

    assertThat(repository.list(text("a\\b"), ContactRecordSort.DEFAULT, null, 10))
        .extracting(ContactRecord::id)
        .containsExactly(backslash.id());
  }

  @Test
  void the_default_list_seeks_through_the_latest_contact_index() {
    var record = add(ContactFixtures.input());
    var after = ContactRecordPosition.of(record, ContactRecordSort.DEFAULT);

    var plan = planOf(ContactRecordFilter.all(), after);

    assertThat(plan).contains("contact_record_live_recent_idx").contains("Index Cond");
  }

  @Test
  void follow_ups_due_are_found_through_their_partial_index() {
    var plan = planOf(ContactRecordFilter.all().withFollowUpDueBy(LocalDate.of(2026, 3, 1)), null);

    assertThat(plan).contains("contact_record_live_follow_up_idx");
  }

  @Test
  void text_is_matched_through_the_trigram_indexes() {
    // GIN scans are costed high on small tables; at this size the planner prefers them.
    var plan = planOf(text("lovelace"), null, 50_000);

    assertThat(plan)
        .contains("contact_record_payment_reference_trgm_idx")
        .contains("contact_record_full_name_trgm_idx");
  }

  @Test
  void a_requests_contacts_are_found_through_the_request_index() {
    var filter =
        new ContactRecordFilter(
            ClientRequestId.newId(), null, null, null, null, null, null, null, null);

    assertThat(planOf(filter, null)).contains("contact_record_request_idx");
  }

  /**
   * The plan of the list query, on a table of that many records that match none of the tests'
   * filters, with fresh statistics: on a nearly empty table any index is as good as another.
   */
  private String planOf(ContactRecordFilter filter, ContactRecordPosition after) {
    return planOf(filter, after, 5_000);
  }

  private String planOf(ContactRecordFilter filter, ContactRecordPosition after, int rows) {
    dsl.execute(
        """
        insert into contact_record (id, payment_reference, first_name, last_name, method,
                                    contacted_at, outcome, notes, created_at, updated_at)
        select gen_random_uuid(), 'REF-' || i, 'First' || i, 'Last' || i, 'PHONE',
               timestamptz '2026-01-01' + i * interval '1 minute', 'CONTACT_SUCCESSFUL', 'Notes',
               timestamptz '2026-01-01', timestamptz '2026-01-01'
          from generate_series(1, {0}) as i
        """,
        DSL.val(rows));
    dsl.execute("analyze contact_record");
    return QueryPlans.ofLastQuery(
        dsl,
        recording ->
            new JooqContactRecordRepository(recording)
                .list(filter, ContactRecordSort.DEFAULT, after, 10));
  }

  private static ContactRecordFilter text(String fragment) {
    return new ContactRecordFilter(null, null, null, null, null, null, null, null, fragment);
  }

  private Object column(String name, ContactRecord record) {
    return dsl.fetchValue(
        "select " + name + " from contact_record where id = ?", record.id().value());
  }
}
