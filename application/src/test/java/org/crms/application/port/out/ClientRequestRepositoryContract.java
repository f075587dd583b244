package org.crms.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestFilterBuilder;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link ClientRequestRepository} must do. Extended by the in-memory fake and by the
 * jOOQ adapter, so that both filter, sort and page alike. Each test starts from an empty
 * repository.
 */
public abstract class ClientRequestRepositoryContract {
  // Microseconds: what PostgreSQL keeps of an instant.
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-03-06");

  private ClientId client;
  private RequestTypeId type;

  protected abstract ClientRequestRepository repository();

  /** An actor whose user exists wherever the repository keeps its data. */
  protected abstract Actor persistedActor();

  /** Another user that exists wherever the repository keeps its data, e.g. to own requests. */
  protected abstract UserId storedUser();

  /** A live client that exists wherever the repository keeps its data; a new one per call. */
  protected abstract ClientId storedClient();

  /** A live request type that exists wherever the repository keeps its data; a new one per call. */
  protected abstract RequestTypeId storedType();

  private ClientId client() {
    if (client == null) {
      client = storedClient();
    }
    return client;
  }

  private RequestTypeId type() {
    if (type == null) {
      type = storedType();
    }
    return type;
  }

  private Actor admin() {
    return new Actor(persistedActor().userId(), Role.ADMIN);
  }

  private RequestDetails details(String title) {
    return RequestDetails.parse(client(), type(), title, null, null, null, null);
  }

  private ClientRequest add(String title, Instant at) {
    return add(title, at, UnaryOperator.identity());
  }

  private ClientRequest add(String title, Instant at, UnaryOperator<RequestDetails> change) {
    return repository()
        .add(ClientRequest.open(change.apply(details(title)), null, persistedActor(), at));
  }

  private RequestFilterBuilder filter() {
    return RequestFilter.builder();
  }

  private List<ClientRequest> list(RequestFilterBuilder filter) {
    return list(filter, RequestSort.DEFAULT);
  }

  private List<ClientRequest> list(RequestFilterBuilder filter, RequestSort sort) {
    var resolved = filter.build().resolvedFor(persistedActor().userId(), TODAY);
    return repository().list(resolved, sort, null, 100);
  }

  private static List<String> titles(List<ClientRequest> requests) {
    return requests.stream().map(r -> r.details().title()).toList();
  }

  @Test
  void stores_and_finds_a_request_with_every_field() {
    var owner = storedUser();
    var details =
        RequestDetails.parse(
            client(),
            type(),
            "Fix the plugin",
            "Update every plugin.",
            "PAY-2026-0042",
            Priority.HIGH,
            LocalDate.parse("2026-03-10"));
    var request = ClientRequest.open(details, null, persistedActor(), T0);
    request.assignTo(owner, persistedActor(), T0);

    var stored = repository().add(request);
    var found = repository().findById(request.id()).orElseThrow();

    assertThat(stored.version()).isZero();
    for (var read : List.of(stored, found)) {
      assertThat(read.details()).isEqualTo(details);
      assertThat(read.status()).isEqualTo(RequestStatus.PENDING);
      assertThat(read.owner()).contains(owner);
      assertThat(read.created()).isEqualTo(request.created());
      assertThat(read.updated()).isEqualTo(request.updated());
      assertThat(read.startedAt()).isEmpty();
      assertThat(read.completedAt()).isEmpty();
      assertThat(read.isDeleted()).isFalse();
      assertThat(read.version()).isZero();
    }
  }

  @Test
  void a_request_without_optional_fields_keeps_them_absent() {
    var request = add("Call back", T0);

    var found = repository().findById(request.id()).orElseThrow();

    assertThat(found.details()).isEqualTo(request.details());
    assertThat(found.details().description()).isNull();
    assertThat(found.details().reference()).isNull();
    assertThat(found.details().due()).isEmpty();
    assertThat(found.details().priority()).isEqualTo(Priority.NORMAL);
    assertThat(found.owner()).isEmpty();
  }

  @Test
  void finds_nothing_for_an_unknown_id() {
    assertThat(repository().findById(ClientRequestId.newId())).isEmpty();
  }

  @Test
  void update_keeps_every_change_and_moves_the_version_on() {
    var request = add("Fix the plugin", T0);
    var owner = storedUser();
    var otherType = storedType();
    request.revise(
        RequestDetails.parse(
            client(), otherType, "Fix it now", "Soon.", "REF-1", Priority.URGENT, TODAY),
        persistedActor(),
        T0.plusSeconds(10));
    request.assignTo(owner, persistedActor(), T0.plusSeconds(10));
    request.start(persistedActor(), T0.plusSeconds(20));

    var first = repository().update(request);
    first.complete(persistedActor(), T0.plusSeconds(30));
    var second = repository().update(first);

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    var found = repository().findById(request.id()).orElseThrow();
    assertThat(found.details()).isEqualTo(request.details());
    assertThat(found.details().typeId()).isEqualTo(otherType);
    assertThat(found.owner()).contains(owner);
    assertThat(found.status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(found.startedAt()).contains(T0.plusSeconds(20));
    assertThat(found.completedAt()).contains(T0.plusSeconds(30));
    assertThat(found.updated().at()).isEqualTo(T0.plusSeconds(30));
    assertThat(found.version()).isEqualTo(2);
  }

  @Test
  void an_owner_can_be_taken_away_again() {
    var request = add("Fix the plugin", T0);
    request.assignTo(storedUser(), persistedActor(), T0);
    var owned = repository().update(request);
    owned.assignTo(null, persistedActor(), T0);

    repository().update(owned);

    assertThat(repository().findById(request.id()).orElseThrow().owner()).isEmpty();
  }

  @Test
  void update_on_a_stale_version_is_refused_and_changes_nothing() {
    var request = add("Fix the plugin", T0);
    var first = repository().findById(request.id()).orElseThrow();
    var second = repository().findById(request.id()).orElseThrow();
    first.start(persistedActor(), T0.plusSeconds(1));
    repository().update(first);
    second.revise(details("Second edit"), persistedActor(), T0.plusSeconds(2));

    assertThatThrownBy(() -> repository().update(second))
        .isInstanceOf(StaleAggregateException.class);
    var found = repository().findById(request.id()).orElseThrow();
    assertThat(found.details().title()).isEqualTo("Fix the plugin");
    assertThat(found.status()).isEqualTo(RequestStatus.IN_PROGRESS);
  }

  @Test
  void a_deleted_request_leaves_every_list_keeps_its_stamp_and_comes_back() {
    var request = add("Fix the plugin", T0);
    add("Other", T0);
    request.delete(admin(), T0.plusSeconds(60));
    var deleted = repository().update(request);

    assertThat(titles(list(filter()))).containsExactly("Other");
    assertThat(titles(list(filter().q("plugin")))).isEmpty();
    var found = repository().findById(request.id()).orElseThrow();
    assertThat(found.isDeleted()).isTrue();
    assertThat(found.deleted().orElseThrow().at()).isEqualTo(T0.plusSeconds(60));
    assertThat(found.deleted().orElseThrow().by()).isEqualTo(persistedActor().userId());

    deleted.restore(admin(), T0.plusSeconds(120));
    repository().update(deleted);

    assertThat(titles(list(filter()))).containsExactlyInAnyOrder("Fix the plugin", "Other");
  }

  @Test
  void the_default_order_is_newest_first_then_by_id() {
    add("old", T0);
    var tieA = add("tie a", T0.plusSeconds(1));
    var tieB = add("tie b", T0.plusSeconds(1));
    var ties =
        Stream.of(tieA, tieB)
            .sorted(Comparator.comparing((ClientRequest r) -> r.id().toString()).reversed())
            .map(r -> r.details().title())
            .toList();

    assertThat(titles(list(filter()))).containsExactly(ties.get(0), ties.get(1), "old");
  }

  /** Five requests with ties and gaps in every sort key. */
  private void seedFive() {
    add("alpha", T0, d -> d.withPriority(Priority.LOW).withDueOn(TODAY.minusDays(1)));
    var r2 = add("Beta", T0.plusSeconds(1), d -> d.withPriority(Priority.URGENT));
    var r3 = add("gamma", T0.plusSeconds(1), d -> d.withDueOn(TODAY.minusDays(1)));
    add("beta", T0.plusSeconds(2), d -> d.withPriority(Priority.URGENT));
    var r5 = add("Delta", T0.plusSeconds(3), d -> d.withPriority(Priority.HIGH).withDueOn(TODAY));
    r2.start(persistedActor(), T0.plusSeconds(10));
    repository().update(r2);
    r3.start(persistedActor(), T0.plusSeconds(20));
    r3.complete(persistedActor(), T0.plusSeconds(20));
    repository().update(r3);
    r5.start(persistedActor(), T0.plusSeconds(5));
    repository().update(r5);
  }

  static Stream<RequestSort> everySort() {
    return Stream.of(RequestSort.Key.values())
        .flatMap(key -> Stream.of(new RequestSort(key, false), new RequestSort(key, true)));
  }

  @ParameterizedTest
  @MethodSource("everySort")
  void every_sort_orders_by_its_key_then_id_in_its_direction(RequestSort sort) {
    seedFive();

    var all = list(filter(), sort);

    assertThat(all).hasSize(5);
    assertThat(all).isSortedAccordingTo(expectedOrder(sort));
  }

  @ParameterizedTest
  @MethodSource("everySort")
  void paging_one_by_one_visits_every_request_once_in_the_order_of_the_whole_list(
      RequestSort sort) {
    seedFive();
    var resolved = RequestFilter.all().resolvedFor(persistedActor().userId(), TODAY);
    var whole = repository().list(resolved, sort, null, 100);

    var seen = new ArrayList<ClientRequestId>();
    RequestPosition after = null;
    for (var i = 0; i < 10; i++) {
      var page = repository().list(resolved, sort, after, 2);
      page.forEach(r -> seen.add(r.id()));
      if (page.size() < 2) {
        break;
      }
      after = RequestPosition.of(page.getLast(), sort);
    }

    assertThat(seen).containsExactlyElementsOf(whole.stream().map(ClientRequest::id).toList());
  }

  @Test
  void requests_without_a_due_date_come_last_in_both_directions() {
    seedFive();

    var ascending = list(filter(), new RequestSort(RequestSort.Key.DUE, false));
    var descending = list(filter(), new RequestSort(RequestSort.Key.DUE, true));

    assertThat(ascending.subList(0, 3)).allMatch(r -> r.details().due().isPresent());
    assertThat(ascending.subList(3, 5)).allMatch(r -> r.details().due().isEmpty());
    assertThat(titles(descending).getFirst()).isEqualTo("Delta");
    assertThat(descending.subList(3, 5)).allMatch(r -> r.details().due().isEmpty());
  }

  @Test
  void named_orders_of_priority_status_and_title() {
    seedFive();

    var byPriority = list(filter(), new RequestSort(RequestSort.Key.PRIORITY, true));
    var byStatus = list(filter(), new RequestSort(RequestSort.Key.STATUS, false));
    var byTitle = list(filter(), new RequestSort(RequestSort.Key.TITLE, false));

    assertThat(byPriority)
        .extracting(r -> r.details().priority())
        .containsExactly(
            Priority.URGENT, Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW);
    assertThat(byStatus)
        .extracting(ClientRequest::status)
        .containsExactly(
            RequestStatus.PENDING,
            RequestStatus.PENDING,
            RequestStatus.IN_PROGRESS,
            RequestStatus.IN_PROGRESS,
            RequestStatus.COMPLETED);
    assertThat(titles(byTitle).subList(0, 1)).containsExactly("alpha");
    assertThat(titles(byTitle).subList(1, 3)).containsExactlyInAnyOrder("Beta", "beta");
    assertThat(titles(byTitle).subList(3, 5)).containsExactly("Delta", "gamma");
  }

  @Test
  void pages_stay_stable_when_newer_requests_arrive_between_pages() {
    add("first", T0);
    add("second", T0.plusSeconds(1));
    add("third", T0.plusSeconds(2));
    var resolved = RequestFilter.all().resolvedFor(persistedActor().userId(), TODAY);
    var page = repository().list(resolved, RequestSort.DEFAULT, null, 2);

    add("newest", T0.plusSeconds(5));
    var next =
        repository()
            .list(
                resolved,
                RequestSort.DEFAULT,
                RequestPosition.of(page.getLast(), RequestSort.DEFAULT),
                2);

    assertThat(titles(page)).containsExactly("third", "second");
    assertThat(titles(next)).containsExactly("first");
  }

  @Test
  void filters_by_status_priority_type_and_client() {
    seedFive();
    var otherClient = storedClient();
    var otherType = storedType();
    repository()
        .add(
            ClientRequest.open(
                RequestDetails.parse(otherClient, otherType, "elsewhere", null, null, null, null),
                null,
                persistedActor(),
                T0));

    assertThat(titles(list(filter().statuses(Set.of(RequestStatus.IN_PROGRESS)))))
        .containsExactlyInAnyOrder("Beta", "Delta");
    assertThat(
            titles(list(filter().statuses(Set.of(RequestStatus.PENDING, RequestStatus.COMPLETED)))))
        .containsExactlyInAnyOrder("alpha", "gamma", "beta", "elsewhere");
    assertThat(titles(list(filter().priorities(Set.of(Priority.URGENT, Priority.LOW)))))
        .containsExactlyInAnyOrder("alpha", "Beta", "beta");
    assertThat(titles(list(filter().typeId(otherType)))).containsExactly("elsewhere");
    assertThat(titles(list(filter().clientId(otherClient)))).containsExactly("elsewhere");
    assertThat(list(filter().clientId(client()))).hasSize(5);
    assertThat(list(filter().clientId(ClientId.newId()))).isEmpty();
  }

  @Test
  void filters_by_owner_unassigned_and_mine() {
    var mine = add("mine", T0);
    var theirs = add("theirs", T0);
    add("nobody's", T0);
    var other = storedUser();
    mine.assignTo(persistedActor().userId(), persistedActor(), T0);
    repository().update(mine);
    theirs.assignTo(other, persistedActor(), T0);
    repository().update(theirs);

    assertThat(titles(list(filter().ownerId(other)))).containsExactly("theirs");
    assertThat(titles(list(filter().mine(true)))).containsExactly("mine");
    assertThat(titles(list(filter().unassigned(true)))).containsExactly("nobody's");
    assertThat(titles(list(filter().unassigned(false))))
        .containsExactlyInAnyOrder("mine", "theirs");
    assertThat(list(filter().mine(true).ownerId(other))).isEmpty();
    assertThat(list(filter().unassigned(true).ownerId(other))).isEmpty();
  }

  @Test
  void overdue_means_not_completed_and_due_before_the_given_day() {
    seedFive();
    add("no due date", T0);

    assertThat(titles(list(filter().overdue(true)))).containsExactly("alpha");
    assertThat(titles(list(filter().overdue(false))))
        .containsExactlyInAnyOrder("Beta", "gamma", "beta", "Delta", "no due date");
  }

  @Test
  void date_ranges_include_their_start_and_exclude_their_end() {
    seedFive();

    assertThat(titles(list(filter().created(T0.plusSeconds(1), T0.plusSeconds(3)))))
        .containsExactlyInAnyOrder("Beta", "gamma", "beta");
    assertThat(titles(list(filter().created(null, T0.plusSeconds(1))))).containsExactly("alpha");
    assertThat(titles(list(filter().updated(T0.plusSeconds(10), null))))
        .containsExactlyInAnyOrder("Beta", "gamma");
    assertThat(titles(list(filter().updated(T0.plusSeconds(5), T0.plusSeconds(20)))))
        .containsExactlyInAnyOrder("Delta", "Beta");
  }

  @Test
  void q_matches_a_fragment_of_the_title_or_the_reference_regardless_of_case() {
    add("Renew the SSL certificate", T0);
    add("Rejected payment", T0, d -> withReference(d, "PAY-2026-0042"));
    add("Plugin updates", T0);

    assertThat(titles(list(filter().q("ssl CERT")))).containsExactly("Renew the SSL certificate");
    assertThat(titles(list(filter().q("pay-2026")))).containsExactly("Rejected payment");
    assertThat(titles(list(filter().q("E")))).hasSize(3);
    assertThat(list(filter().q("nothing like it"))).isEmpty();
  }

  @Test
  void q_matches_wildcard_characters_literally() {
    add("100% refund", T0);
    add("1000 refunds", T0);
    add("under_score", T0);
    add("underXscore", T0);

    assertThat(titles(list(filter().q("100%")))).containsExactly("100% refund");
    assertThat(titles(list(filter().q("r_s")))).containsExactly("under_score");
  }

  private static RequestDetails withReference(RequestDetails d, String reference) {
    return new RequestDetails(
        d.clientId(), d.typeId(), d.title(), d.description(), reference, d.priority(), d.dueOn());
  }

  /** What a sort promises: its key in its direction, absent due dates last, then the id. */
  private static Comparator<ClientRequest> expectedOrder(RequestSort sort) {
    Comparator<ClientRequest> byKey =
        switch (sort.key()) {
          case CREATED -> Comparator.comparing(r -> r.created().at());
          case UPDATED -> Comparator.comparing(r -> r.updated().at());
          case DUE ->
              Comparator.comparing(
                  r -> r.details().dueOn(), Comparator.nullsFirst(Comparator.naturalOrder()));
          case PRIORITY -> Comparator.comparing(r -> r.details().priority());
          case STATUS -> Comparator.comparing(ClientRequest::status);
          case TITLE -> Comparator.comparing(r -> r.details().title().toLowerCase(Locale.ROOT));
        };
    var total = byKey.thenComparing(r -> r.id().toString());
    var directed = sort.descending() ? total.reversed() : total;
    return sort.key() == RequestSort.Key.DUE
        ? Comparator.comparing((ClientRequest r) -> r.details().dueOn() == null)
            .thenComparing(directed)
        : directed;
  }
}
