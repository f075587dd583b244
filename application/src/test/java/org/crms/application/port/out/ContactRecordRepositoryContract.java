package org.crms.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.TimeRange;
import org.crms.domain.contact.ContactFixtures;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link ContactRecordRepository} must do. Extended by the in-memory fake and by the
 * jOOQ adapter, so that both behave alike. Each test starts from an empty repository.
 */
public abstract class ContactRecordRepositoryContract {
  // Microseconds: what PostgreSQL keeps of an instant.
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

  /** The time input is parsed at: after every contact the tests make. */
  private static final Instant LATER = T0.plus(365, ChronoUnit.DAYS);

  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  protected abstract ContactRecordRepository repository();

  /** An actor whose user exists wherever the repository keeps its data. */
  protected abstract Actor persistedActor();

  /** Another such actor, a different user. */
  protected abstract Actor otherPersistedActor();

  /**
   * Stores a client request, live or in the trash, wherever the repository looks for requests.
   *
   * @return its id
   */
  protected abstract ClientRequestId storeRequest(boolean live);

  private static ContactFixtures.Input input() {
    return ContactFixtures.input().contactedAt(T0).now(LATER);
  }

  private ContactRecord add(ContactFixtures.Input input) {
    return add(input, T0, persistedActor());
  }

  private ContactRecord add(ContactFixtures.Input input, Instant at, Actor actor) {
    return repository().add(ContactRecord.log(input.parse(), actor, at));
  }

  private ContactRecord named(String lastName) {
    return add(input().lastName(lastName));
  }

  private Actor admin() {
    return new Actor(persistedActor().userId(), Role.ADMIN);
  }

  private List<ContactRecord> list(ContactRecordFilter filter) {
    return repository().list(filter, ContactRecordSort.DEFAULT, null, 100);
  }

  private List<ContactRecord> list(ContactRecordSort sort) {
    return repository().list(ContactRecordFilter.all(), sort, null, 100);
  }

  private static ContactRecordFilter filter() {
    return ContactRecordFilter.all();
  }

  private static ContactRecordFilter textFilter(String text) {
    return new ContactRecordFilter(null, null, null, null, null, null, null, null, text);
  }

  @Test
  void stores_and_finds_a_record_with_every_field() {
    var request = storeRequest(true);
    var record =
        ContactRecord.log(
            input()
                .method(ContactMethod.IN_PERSON)
                .outcome(ContactOutcome.AWAITING_RESPONSE)
                .followUpOn(DAY)
                .requestId(request.value())
                .parse(),
            persistedActor(),
            T0);

    var stored = repository().add(record);
    var found = repository().findById(record.id()).orElseThrow();

    assertThat(stored.version()).isZero();
    assertThat(stored.details()).isEqualTo(record.details());
    assertThat(found.details()).isEqualTo(record.details());
    assertThat(found.details().requestId()).isEqualTo(request.value());
    assertThat(found.details().followUpOn()).isEqualTo(DAY);
    assertThat(found.created()).isEqualTo(record.created());
    assertThat(found.updated()).isEqualTo(record.updated());
    assertThat(found.isDeleted()).isFalse();
    assertThat(found.version()).isZero();
  }

  @Test
  void a_record_without_follow_up_or_request_keeps_them_absent() {
    var record = add(input());

    var found = repository().findById(record.id()).orElseThrow();

    assertThat(found.details().followUpDate()).isEmpty();
    assertThat(found.details().clientRequest()).isEmpty();
    assertThat(found.details()).isEqualTo(record.details());
  }

  @Test
  void finds_nothing_for_an_unknown_id() {
    assertThat(repository().findById(ContactRecordId.newId())).isEmpty();
  }

  @Test
  void update_moves_the_version_on_and_keeps_the_change_and_who_made_it() {
    var record = add(input());
    record.revise(
        input().notes("Called back.").method(ContactMethod.SMS).parse(),
        otherPersistedActor(),
        T0.plusSeconds(60));

    var stored = repository().update(record);

    assertThat(stored.version()).isEqualTo(1);
    var found = repository().findById(record.id()).orElseThrow();
    assertThat(found.details().notes()).isEqualTo("Called back.");
    assertThat(found.details().method()).isEqualTo(ContactMethod.SMS);
    assertThat(found.updated().at()).isEqualTo(T0.plusSeconds(60));
    assertThat(found.updated().by()).isEqualTo(otherPersistedActor().userId());
    assertThat(found.created().by()).isEqualTo(persistedActor().userId());
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void update_on_a_stale_version_is_refused_and_changes_nothing() {
    var record = add(input());
    var first = repository().findById(record.id()).orElseThrow();
    var second = repository().findById(record.id()).orElseThrow();
    first.revise(input().notes("First edit").parse(), persistedActor(), T0);
    repository().update(first);
    second.revise(input().notes("Second edit").parse(), persistedActor(), T0);

    assertThatThrownBy(() -> repository().update(second))
        .isInstanceOf(StaleAggregateException.class);
    assertThat(repository().findById(record.id()).orElseThrow().details().notes())
        .isEqualTo("First edit");
  }

  @Test
  void updating_a_record_that_was_never_stored_is_refused_as_stale() {
    var never = ContactRecord.log(input().parse(), persistedActor(), T0);

    assertThatThrownBy(() -> repository().update(never))
        .isInstanceOf(StaleAggregateException.class);
  }

  @Test
  void a_deleted_record_keeps_its_stamp_leaves_the_list_and_comes_back_when_restored() {
    var kept = named("Kept");
    var record = named("Trashed");
    record.delete(admin(), T0.plus(1, ChronoUnit.HOURS));
    repository().update(record);

    var deleted = repository().findById(record.id()).orElseThrow();
    assertThat(deleted.isDeleted()).isTrue();
    assertThat(deleted.deleted().orElseThrow().at()).isEqualTo(T0.plus(1, ChronoUnit.HOURS));
    assertThat(deleted.deleted().orElseThrow().by()).isEqualTo(persistedActor().userId());
    assertThat(ids(list(filter()))).containsExactly(kept.id());

    deleted.restore(admin(), T0.plus(2, ChronoUnit.HOURS));
    var restored = repository().update(deleted);

    assertThat(restored.isDeleted()).isFalse();
    assertThat(restored.version()).isEqualTo(2);
    assertThat(ids(list(filter()))).containsExactlyInAnyOrder(kept.id(), record.id());
  }

  @Test
  void a_request_exists_only_while_it_is_live() {
    var live = storeRequest(true);
    var trashed = storeRequest(false);

    assertThat(repository().liveRequestExists(live)).isTrue();
    assertThat(repository().liveRequestExists(trashed)).isFalse();
    assertThat(repository().liveRequestExists(ClientRequestId.newId())).isFalse();
  }

  @Test
  void lists_live_records_latest_contact_first_by_default() {
    var older = add(input().contactedAt(T0.minusSeconds(60)));
    var newest = add(input().contactedAt(T0.plusSeconds(60)));
    var middle = add(input().contactedAt(T0));

    assertThat(ids(list(filter()))).containsExactly(newest.id(), middle.id(), older.id());
  }

  @Test
  void filters_by_request_method_and_outcome() {
    var request = storeRequest(true);
    var about = add(input().requestId(request.value()).method(ContactMethod.EMAIL));
    var phone = add(input().method(ContactMethod.PHONE));
    var lost = add(input().method(ContactMethod.EMAIL).outcome(ContactOutcome.NO_CONTACT_POSSIBLE));

    assertThat(
            ids(
                list(
                    new ContactRecordFilter(
                        request, null, null, null, null, null, null, null, null))))
        .containsExactly(about.id());
    assertThat(
            ids(
                list(
                    new ContactRecordFilter(
                        null, ContactMethod.PHONE, null, null, null, null, null, null, null))))
        .containsExactly(phone.id());
    assertThat(
            ids(
                list(
                    new ContactRecordFilter(
                        null,
                        ContactMethod.EMAIL,
                        ContactOutcome.NO_CONTACT_POSSIBLE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))))
        .containsExactly(lost.id());
  }

  @Test
  void follow_up_due_by_a_day_takes_records_awaiting_a_response_due_on_or_before_it() {
    var overdue = add(awaiting(DAY.minusDays(1)));
    var dueToday = add(awaiting(DAY));
    add(awaiting(DAY.plusDays(1)));
    add(input().outcome(ContactOutcome.CONTACT_SUCCESSFUL).followUpOn(DAY.minusDays(1)));
    add(input());

    assertThat(ids(list(filter().withFollowUpDueBy(DAY))))
        .containsExactlyInAnyOrder(overdue.id(), dueToday.id());
  }

  private static ContactFixtures.Input awaiting(LocalDate followUpOn) {
    return input().outcome(ContactOutcome.AWAITING_RESPONSE).followUpOn(followUpOn);
  }

  @Test
  void a_contact_time_range_includes_its_start_and_excludes_its_end() {
    var before = add(input().contactedAt(T0.minusNanos(1000)));
    var atStart = add(input().contactedAt(T0));
    var inside = add(input().contactedAt(T0.plusSeconds(30)));
    var atEnd = add(input().contactedAt(T0.plusSeconds(60)));
    var range = new TimeRange(T0, T0.plusSeconds(60));

    assertThat(
            ids(
                list(
                    new ContactRecordFilter(
                        null, null, null, null, range, null, null, null, null))))
        .containsExactly(inside.id(), atStart.id());
    var from = new TimeRange(T0.plusSeconds(30), null);
    assertThat(
            ids(
                list(
                    new ContactRecordFilter(null, null, null, null, from, null, null, null, null))))
        .containsExactly(atEnd.id(), inside.id());
    var to = new TimeRange(null, T0);
    assertThat(
            ids(list(new ContactRecordFilter(null, null, null, null, to, null, null, null, null))))
        .containsExactly(before.id());
  }

  @Test
  void filters_by_when_records_were_created_and_last_updated() {
    var early = add(input(), T0, persistedActor());
    var late = add(input(), T0.plusSeconds(3600), persistedActor());
    early.revise(input().notes("Edited later.").parse(), persistedActor(), T0.plusSeconds(7200));
    repository().update(early);
    var lateHour = new TimeRange(T0.plusSeconds(3600), T0.plusSeconds(3601));
    var editedHour = new TimeRange(T0.plusSeconds(7200), null);

    assertThat(
            ids(
                list(
                    new ContactRecordFilter(
                        null, null, null, null, null, lateHour, null, null, null))))
        .containsExactly(late.id());
    assertThat(
            ids(
                list(
                    new ContactRecordFilter(
                        null, null, null, null, null, null, editedHour, null, null))))
        .containsExactly(early.id());
  }

  @Test
  void filters_by_the_user_who_created_the_record_whoever_edited_it_since() {
    var mine = add(input(), T0, persistedActor());
    var theirs = add(input(), T0, otherPersistedActor());
    theirs.revise(input().notes("I edited theirs.").parse(), persistedActor(), T0);
    repository().update(theirs);

    assertThat(ids(list(filter().withCreatedBy(persistedActor().userId()))))
        .containsExactly(mine.id());
    assertThat(ids(list(filter().withCreatedBy(otherPersistedActor().userId()))))
        .containsExactly(theirs.id());
  }

  @Test
  void text_matches_a_fragment_of_the_payment_reference_or_the_name_regardless_of_case() {
    var ada = add(input().paymentReference("PAY-2026-0042").firstName("Ada").lastName("Lovelace"));
    var alan = add(input().paymentReference("INV-77").firstName("Alan").lastName("Turing"));

    assertThat(ids(list(textFilter("pay-2026")))).containsExactly(ada.id());
    assertThat(ids(list(textFilter("LOVE")))).containsExactly(ada.id());
    assertThat(ids(list(textFilter("alan")))).containsExactly(alan.id());
    assertThat(ids(list(textFilter("ada lov")))).containsExactly(ada.id());
    assertThat(ids(list(textFilter("nobody")))).isEmpty();
  }

  @Test
  void text_matches_wildcard_characters_literally() {
    var percent = add(input().paymentReference("100% refund"));
    add(input().paymentReference("1000 refunds"));
    var underscore = add(input().paymentReference("under_score"));
    add(input().paymentReference("underXscore"));

    assertThat(ids(list(textFilter("100%")))).containsExactly(percent.id());
    assertThat(ids(list(textFilter("r_s")))).containsExactly(underscore.id());
  }

  @Test
  void sorts_by_every_key_in_both_directions() {
    var a =
        add(
            input()
                .contactedAt(T0)
                .lastName("carter")
                .paymentReference("ref-b")
                .outcome(ContactOutcome.AWAITING_RESPONSE)
                .followUpOn(DAY.plusDays(2)),
            T0.plusSeconds(20),
            persistedActor());
    var b =
        add(
            input().contactedAt(T0.plusSeconds(1)).lastName("adams").paymentReference("REF-C"),
            T0.plusSeconds(30),
            persistedActor());
    var c =
        add(
            input()
                .contactedAt(T0.plusSeconds(2))
                .lastName("Baker")
                .paymentReference("ref-a")
                .followUpOn(DAY.plusDays(1)),
            T0.plusSeconds(10),
            persistedActor());
    a.revise(
        input()
            .contactedAt(T0)
            .lastName("carter")
            .paymentReference("ref-b")
            .outcome(ContactOutcome.AWAITING_RESPONSE)
            .followUpOn(DAY.plusDays(2))
            .notes("Later.")
            .parse(),
        persistedActor(),
        T0.plusSeconds(50));
    repository().update(a);

    assertSorted(ContactRecordSort.Key.CONTACTED, a, b, c);
    assertSorted(ContactRecordSort.Key.CREATED, c, a, b);
    assertSorted(ContactRecordSort.Key.UPDATED, c, b, a);
    assertSorted(ContactRecordSort.Key.LAST_NAME, b, c, a);
    assertSorted(ContactRecordSort.Key.PAYMENT_REFERENCE, c, a, b);
    assertThat(ids(list(new ContactRecordSort(ContactRecordSort.Key.FOLLOW_UP, false))))
        .containsExactly(c.id(), a.id(), b.id());
    assertThat(ids(list(new ContactRecordSort(ContactRecordSort.Key.FOLLOW_UP, true))))
        .as("records without a follow-up date come last in either direction")
        .containsExactly(a.id(), c.id(), b.id());
  }

  private void assertSorted(ContactRecordSort.Key key, ContactRecord... ascending) {
    var expected = ids(List.of(ascending));
    assertThat(ids(list(new ContactRecordSort(key, false))))
        .as("%s ascending", key)
        .containsExactlyElementsOf(expected);
    assertThat(ids(list(new ContactRecordSort(key, true))))
        .as("%s descending", key)
        .containsExactlyElementsOf(expected.reversed());
  }

  @Test
  void equal_keys_are_ordered_by_id_in_the_sort_direction() {
    var first = add(input());
    var second = add(input());
    var byId =
        first.id().value().toString().compareTo(second.id().value().toString()) < 0
            ? List.of(first.id(), second.id())
            : List.of(second.id(), first.id());

    assertThat(ids(list(new ContactRecordSort(ContactRecordSort.Key.CONTACTED, false))))
        .containsExactlyElementsOf(byId);
    assertThat(ids(list(ContactRecordSort.DEFAULT))).containsExactlyElementsOf(byId.reversed());
  }

  @ParameterizedTest
  @EnumSource(ContactRecordSort.Key.class)
  void paging_two_by_two_visits_every_record_once_in_the_order_of_the_whole_list(
      ContactRecordSort.Key key) {
    var names = List.of("Adams", "baker", "Baker", "carter", "Drake", "adams", "Evans");
    for (var i = 0; i < names.size(); i++) {
      var followUp = i % 3 == 0 ? null : DAY.plusDays(i % 2);
      add(
          input()
              .contactedAt(T0.plusSeconds(i % 3))
              .lastName(names.get(i))
              .paymentReference("REF-" + (i % 4))
              .followUpOn(followUp),
          T0.plusSeconds(i % 2),
          persistedActor());
    }
    for (var descending : List.of(false, true)) {
      var sort = new ContactRecordSort(key, descending);
      var whole = ids(list(sort));
      var paged = new ArrayList<ContactRecordId>();
      ContactRecordPosition after = null;
      for (var page = 0; page < names.size(); page++) {
        var rows = repository().list(ContactRecordFilter.all(), sort, after, 2);
        if (rows.isEmpty()) {
          break;
        }
        paged.addAll(ids(rows));
        after = ContactRecordPosition.of(rows.getLast(), sort);
      }
      assertThat(whole).as("%s", sort).hasSize(names.size());
      assertThat(paged).as("%s", sort).containsExactlyElementsOf(whole);
    }
  }

  @Test
  void a_page_after_a_position_keeps_the_filter() {
    var request = storeRequest(true);
    var records = new ArrayList<ContactRecord>();
    for (var i = 0; i < 4; i++) {
      records.add(add(input().contactedAt(T0.plusSeconds(i)).requestId(request.value())));
      add(input().contactedAt(T0.plusSeconds(i)));
    }
    var about = new ContactRecordFilter(request, null, null, null, null, null, null, null, null);

    var first = repository().list(about, ContactRecordSort.DEFAULT, null, 2);
    var rest =
        repository()
            .list(
                about,
                ContactRecordSort.DEFAULT,
                ContactRecordPosition.of(first.getLast(), ContactRecordSort.DEFAULT),
                10);

    assertThat(ids(first)).containsExactly(records.get(3).id(), records.get(2).id());
    assertThat(ids(rest)).containsExactly(records.get(1).id(), records.get(0).id());
  }

  private static List<ContactRecordId> ids(List<ContactRecord> records) {
    return records.stream().map(ContactRecord::id).toList();
  }
}
