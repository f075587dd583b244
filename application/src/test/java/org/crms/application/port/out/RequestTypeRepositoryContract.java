package org.crms.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.requesttype.RequestTypeName;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RequestTypeRepository} must do. Extended by the in-memory fake and by the jOOQ
 * adapter, so that both behave alike. Each test starts from an empty repository.
 */
public abstract class RequestTypeRepositoryContract {
  // Microseconds: what PostgreSQL keeps of an instant.
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

  protected abstract RequestTypeRepository repository();

  /** An actor whose user exists wherever the repository keeps its data. */
  protected abstract Actor persistedActor();

  /**
   * Makes {@code live} requests not in the trash and {@code trashed} requests in the trash have
   * this stored type, wherever the repository counts them. Called at most once per type.
   */
  protected abstract void storeRequests(RequestTypeId type, int live, int trashed);

  private RequestType define(String name, boolean active) {
    return RequestType.define(
        RequestTypeDetails.parse(name, null, null, active), persistedActor(), T0);
  }

  private RequestType add(String name) {
    return repository().add(define(name, true));
  }

  private void delete(RequestType type, Instant at) {
    type.delete(persistedActorAsAdmin(), 0, at);
    repository().update(type);
  }

  @Test
  void stores_and_finds_a_type_with_every_field() {
    var type =
        RequestType.define(
            RequestTypeDetails.parse("SEO Tech Check", "Crawl, speed and markup.", 14, false),
            persistedActor(),
            T0);

    var stored = repository().add(type);
    var found = repository().findById(type.id()).orElseThrow();

    assertThat(stored.version()).isZero();
    assertThat(stored.details()).isEqualTo(type.details());
    assertThat(found.details()).isEqualTo(type.details());
    assertThat(found.details().targetDays().value()).isEqualTo(14);
    assertThat(found.created()).isEqualTo(type.created());
    assertThat(found.updated()).isEqualTo(type.updated());
    assertThat(found.isDeleted()).isFalse();
    assertThat(found.version()).isZero();
  }

  @Test
  void a_type_without_description_or_target_days_keeps_them_absent() {
    var type = add("Rejected payment");

    var found = repository().findById(type.id()).orElseThrow();

    assertThat(found.details().description()).isNull();
    assertThat(found.details().targetDays()).isNull();
    assertThat(found.details().target()).isEmpty();
    assertThat(found.details()).isEqualTo(type.details());
  }

  @Test
  void finds_nothing_for_an_unknown_id() {
    assertThat(repository().findById(RequestTypeId.newId())).isEmpty();
  }

  @Test
  void update_moves_the_version_on_and_keeps_the_change() {
    var type = add("Rejected payment");
    type.revise(
        RequestTypeDetails.parse("Rejected card payment", "Call the client.", 3, true),
        persistedActor(),
        T0.plusSeconds(60));

    var stored = repository().update(type);

    assertThat(stored.version()).isEqualTo(1);
    var found = repository().findById(type.id()).orElseThrow();
    assertThat(found.name().value()).isEqualTo("Rejected card payment");
    assertThat(found.details().description()).isEqualTo("Call the client.");
    assertThat(found.details().targetDays().value()).isEqualTo(3);
    assertThat(found.updated().at()).isEqualTo(T0.plusSeconds(60));
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void update_can_clear_the_target_days() {
    var type =
        repository()
            .add(
                RequestType.define(
                    RequestTypeDetails.parse("Audit", "Yearly.", 30, true), persistedActor(), T0));
    type.revise(RequestTypeDetails.parse("Audit", null, null, true), persistedActor(), T0);

    repository().update(type);

    var found = repository().findById(type.id()).orElseThrow();
    assertThat(found.details().targetDays()).isNull();
    assertThat(found.details().description()).isNull();
  }

  @Test
  void update_on_a_stale_version_is_refused_and_changes_nothing() {
    var type = add("Audit");
    var first = repository().findById(type.id()).orElseThrow();
    var second = repository().findById(type.id()).orElseThrow();
    first.revise(RequestTypeDetails.parse("First edit", null, null, true), persistedActor(), T0);
    repository().update(first);
    second.revise(RequestTypeDetails.parse("Second edit", null, null, true), persistedActor(), T0);

    assertThatThrownBy(() -> repository().update(second))
        .isInstanceOf(StaleAggregateException.class);
    assertThat(repository().findById(type.id()).orElseThrow().name().value())
        .isEqualTo("First edit");
  }

  @Test
  void a_live_name_is_unique_regardless_of_case() {
    add("Audit");
    assertThatThrownBy(() -> repository().add(define("AUDIT", true)))
        .isInstanceOf(DuplicateRequestTypeNameException.class);
  }

  @Test
  void renaming_to_a_live_name_is_refused_as_a_duplicate() {
    add("Audit");
    var other = add("Other");
    other.revise(RequestTypeDetails.parse("aUdIt", null, null, true), persistedActor(), T0);

    assertThatThrownBy(() -> repository().update(other))
        .isInstanceOf(DuplicateRequestTypeNameException.class);
    assertThat(repository().findById(other.id()).orElseThrow().name().value()).isEqualTo("Other");
  }

  @Test
  void a_deleted_type_frees_its_name_and_keeps_its_deletion_stamp() {
    var type = add("Audit");
    delete(type, T0.plus(1, ChronoUnit.HOURS));

    assertThat(repository().liveNameTaken(new RequestTypeName("audit"), RequestTypeId.newId()))
        .isFalse();
    var again = repository().add(define("Audit", true));
    assertThat(again.name().value()).isEqualTo("Audit");
    var deleted = repository().findById(type.id()).orElseThrow();
    assertThat(deleted.isDeleted()).isTrue();
    assertThat(deleted.deleted().orElseThrow().at()).isEqualTo(T0.plus(1, ChronoUnit.HOURS));
    assertThat(deleted.deleted().orElseThrow().by()).isEqualTo(persistedActor().userId());
  }

  @Test
  void a_restored_type_is_live_again() {
    var type = add("Audit");
    delete(type, T0);
    var deleted = repository().findById(type.id()).orElseThrow();
    deleted.restore(persistedActorAsAdmin(), T0.plusSeconds(5));

    var stored = repository().update(deleted);

    assertThat(stored.isDeleted()).isFalse();
    assertThat(repository().findById(type.id()).orElseThrow().isDeleted()).isFalse();
    assertThat(names(listByName(RequestTypeFilter.all(), null, 10))).containsExactly("Audit");
  }

  @Test
  void restoring_a_type_whose_name_was_taken_meanwhile_is_refused_as_a_duplicate() {
    var type = add("Audit");
    delete(type, T0);
    add("AUDIT");
    var deleted = repository().findById(type.id()).orElseThrow();
    deleted.restore(persistedActorAsAdmin(), T0.plusSeconds(5));

    assertThatThrownBy(() -> repository().update(deleted))
        .isInstanceOf(DuplicateRequestTypeNameException.class);
  }

  @Test
  void name_taken_ignores_the_type_itself() {
    var type = add("Audit");
    assertThat(repository().liveNameTaken(new RequestTypeName("AUDIT"), type.id())).isFalse();
    assertThat(repository().liveNameTaken(new RequestTypeName("AUDIT"), RequestTypeId.newId()))
        .isTrue();
  }

  @Test
  void a_type_without_requests_has_no_live_requests() {
    var type = add("Audit");
    assertThat(repository().liveRequestCount(type.id())).isZero();
    assertThat(repository().liveRequestCount(RequestTypeId.newId())).isZero();
  }

  @Test
  void counts_only_the_live_requests_of_that_type() {
    var audit = add("Audit");
    var payment = add("Rejected payment");
    var unused = add("Unused");
    storeRequests(audit.id(), 2, 1);
    storeRequests(payment.id(), 1, 0);
    storeRequests(unused.id(), 0, 2);

    assertThat(repository().liveRequestCount(audit.id())).isEqualTo(2);
    assertThat(repository().liveRequestCount(payment.id())).isEqualTo(1);
    assertThat(repository().liveRequestCount(unused.id())).isZero();
  }

  @Test
  void lists_live_types_by_name_regardless_of_case() {
    add("beta");
    add("Alpha");
    add("Gamma");
    var deleted = add("Delta");
    delete(deleted, T0);

    assertThat(names(listByName(RequestTypeFilter.all(), null, 10)))
        .containsExactly("Alpha", "beta", "Gamma");
  }

  @Test
  void filters_by_active_flag_and_name_fragment() {
    add("Tech check");
    repository().add(define("Tech audit", false));
    add("Payment check");

    assertThat(names(listByName(new RequestTypeFilter(true, null), null, 10)))
        .containsExactly("Payment check", "Tech check");
    assertThat(names(listByName(new RequestTypeFilter(false, null), null, 10)))
        .containsExactly("Tech audit");
    assertThat(names(listByName(new RequestTypeFilter(null, "CHECK"), null, 10)))
        .containsExactly("Payment check", "Tech check");
    assertThat(names(listByName(new RequestTypeFilter(true, "tech"), null, 10)))
        .containsExactly("Tech check");
  }

  @Test
  void name_fragments_match_wildcard_characters_literally() {
    add("100% refund");
    add("1000 refunds");
    add("under_score");
    add("underXscore");

    assertThat(names(listByName(new RequestTypeFilter(null, "100%"), null, 10)))
        .containsExactly("100% refund");
    assertThat(names(listByName(new RequestTypeFilter(null, "r_s"), null, 10)))
        .containsExactly("under_score");
  }

  @Test
  void pages_continue_strictly_after_the_given_position() {
    for (var name : List.of("a1", "a2", "a3", "a4", "a5")) {
      add(name);
    }
    var all = RequestTypeFilter.all();
    var first = listByName(all, null, 2);
    var second = listByName(all, RequestTypePosition.of(first.getLast()), 2);
    var third = listByName(all, RequestTypePosition.of(second.getLast()), 2);

    assertThat(names(first)).containsExactly("a1", "a2");
    assertThat(names(second)).containsExactly("a3", "a4");
    assertThat(names(third)).containsExactly("a5");
  }

  @Test
  void names_equal_but_for_case_are_ordered_by_id_and_never_skipped() {
    var lower = add("same");
    delete(lower, T0);
    add("SAME");
    add("samf");

    var first = listByName(RequestTypeFilter.all(), null, 1);
    var rest = listByName(RequestTypeFilter.all(), RequestTypePosition.of(first.getFirst()), 10);
    assertThat(names(first)).containsExactly("SAME");
    assertThat(names(rest)).containsExactly("samf");
  }

  @Test
  void paging_one_by_one_visits_every_type_once_whatever_the_case_rules_of_its_name() {
    var names =
        List.of(
            "İstanbul visit",
            "istanbul call",
            "Ångström check",
            "ÉTUDE",
            "étude 2",
            "Straße",
            "STRASSE",
            "zeta");
    names.forEach(this::add);

    var seen = new ArrayList<String>();
    RequestTypePosition after = null;
    for (var i = 0; i < names.size() + 2; i++) {
      var page = listByName(RequestTypeFilter.all(), after, 1);
      if (page.isEmpty()) {
        break;
      }
      seen.add(page.getFirst().name().value());
      after = RequestTypePosition.of(page.getFirst());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(names);
  }

  private List<RequestType> listByName(
      RequestTypeFilter filter, RequestTypePosition after, int limit) {
    return repository().list(filter, ListOrder.BY_NAME, after, limit);
  }

  private RequestType addAt(String name, Instant at) {
    return repository()
        .add(
            RequestType.define(
                RequestTypeDetails.parse(name, null, null, true), persistedActor(), at));
  }

  private RequestType changeAt(RequestType item, Instant at) {
    item.revise(
        RequestTypeDetails.parse(item.name().value(), "Changed.", null, true),
        persistedActor(),
        at);
    return repository().update(item);
  }

  private List<String> names(ListOrder order) {
    return names(repository().list(RequestTypeFilter.all(), order, null, 100));
  }

  private static List<ListOrder> everyOrder() {
    var orders = new ArrayList<ListOrder>();
    for (var key : ListOrder.Key.values()) {
      orders.add(new ListOrder(key, false));
      orders.add(new ListOrder(key, true));
    }
    return orders;
  }

  @Test
  void orders_by_name_creation_or_last_change_in_either_direction() {
    var charlie = addAt("Charlie", T0);
    addAt("alpha", T0.plusSeconds(10));
    addAt("Bravo", T0.plusSeconds(20));
    changeAt(charlie, T0.plusSeconds(30));

    assertThat(names(new ListOrder(ListOrder.Key.NAME, true)))
        .containsExactly("Charlie", "Bravo", "alpha");
    assertThat(names(new ListOrder(ListOrder.Key.CREATED, false)))
        .containsExactly("Charlie", "alpha", "Bravo");
    assertThat(names(new ListOrder(ListOrder.Key.CREATED, true)))
        .containsExactly("Bravo", "alpha", "Charlie");
    assertThat(names(new ListOrder(ListOrder.Key.UPDATED, false)))
        .containsExactly("alpha", "Bravo", "Charlie");
    assertThat(names(new ListOrder(ListOrder.Key.UPDATED, true)))
        .containsExactly("Charlie", "Bravo", "alpha");
  }

  @Test
  void paging_one_by_one_in_every_order_visits_every_type_once_even_when_keys_tie() {
    var first = addAt("e1", T0);
    addAt("E2", T0);
    addAt("e3", T0);
    changeAt(addAt("e4", T0.plusSeconds(5)), T0.plusSeconds(60));
    changeAt(first, T0.plusSeconds(60));

    for (var order : everyOrder()) {
      var seen = new ArrayList<String>();
      RequestTypePosition after = null;
      for (var i = 0; i < 7; i++) {
        var page = repository().list(RequestTypeFilter.all(), order, after, 1);
        if (page.isEmpty()) {
          break;
        }
        seen.add(page.getFirst().name().value());
        after = RequestTypePosition.of(page.getFirst(), order.key());
      }
      assertThat(seen).as(order.toString()).hasSize(4).containsExactlyElementsOf(names(order));
    }
  }

  @Test
  void filters_by_creation_and_last_change_from_inclusive_to_exclusive() {
    addAt("early", T0);
    var middle = addAt("middle", T0.plusSeconds(10));
    addAt("late", T0.plusSeconds(20));
    changeAt(middle, T0.plusSeconds(40));

    var created =
        new RequestTypeFilter(
            null, null, new InstantRange(T0.plusSeconds(10), T0.plusSeconds(20)), null);
    var createdSince =
        new RequestTypeFilter(null, null, new InstantRange(T0.plusSeconds(10), null), null);
    var updatedBefore =
        new RequestTypeFilter(null, null, null, new InstantRange(null, T0.plusSeconds(40)));
    var both =
        new RequestTypeFilter(
            true,
            "l",
            new InstantRange(null, T0.plusSeconds(20)),
            new InstantRange(T0.plusSeconds(40), null));

    assertThat(names(listByName(created, null, 10))).containsExactly("middle");
    assertThat(names(listByName(createdSince, null, 10))).containsExactly("late", "middle");
    assertThat(names(listByName(updatedBefore, null, 10))).containsExactly("early", "late");
    assertThat(names(listByName(both, null, 10))).containsExactly("middle");
  }

  private Actor persistedActorAsAdmin() {
    return new Actor(persistedActor().userId(), Role.ADMIN);
  }

  private static List<String> names(List<RequestType> types) {
    return types.stream().map(t -> t.name().value()).toList();
  }
}
