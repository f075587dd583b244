package org.crms.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.client.ClientName;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClientRepository} must do. Extended by the in-memory fake and by the jOOQ
 * adapter, so that both behave alike. Each test starts from an empty repository.
 */
public abstract class ClientRepositoryContract {
  // Microseconds: what PostgreSQL keeps of an instant.
  protected static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

  protected abstract ClientRepository repository();

  /** An actor whose user exists wherever the repository keeps its data. */
  protected abstract Actor persistedActor();

  /**
   * Makes {@code live} requests not in the trash and {@code trashed} requests in the trash belong
   * to this stored client, wherever the repository counts them. Called at most once per client.
   */
  protected abstract void storeRequests(ClientId client, int live, int trashed);

  private Client open(String name, boolean active) {
    return Client.open(ClientDetails.parse(name, null, null, null, active), persistedActor(), T0);
  }

  private Client add(String name) {
    return repository().add(open(name, true));
  }

  @Test
  void stores_and_finds_a_client_with_every_field() {
    var client =
        Client.open(
            ClientDetails.parse(
                "Acme Ltd",
                "office@acme.example",
                "+44 20 7946 0000",
                "https://acme.example",
                false),
            persistedActor(),
            T0);

    var stored = repository().add(client);
    var found = repository().findById(client.id()).orElseThrow();

    assertThat(stored.version()).isZero();
    assertThat(found.details()).isEqualTo(client.details());
    assertThat(found.created()).isEqualTo(client.created());
    assertThat(found.updated()).isEqualTo(client.updated());
    assertThat(found.isDeleted()).isFalse();
    assertThat(found.version()).isZero();
  }

  @Test
  void finds_nothing_for_an_unknown_id() {
    assertThat(repository().findById(ClientId.newId())).isEmpty();
  }

  @Test
  void update_moves_the_version_on_and_keeps_the_change() {
    var client = add("Acme");
    client.revise(
        ClientDetails.parse("Acme Group", null, "0123", null, true),
        persistedActor(),
        T0.plusSeconds(60));

    var stored = repository().update(client);

    assertThat(stored.version()).isEqualTo(1);
    var found = repository().findById(client.id()).orElseThrow();
    assertThat(found.name().value()).isEqualTo("Acme Group");
    assertThat(found.details().phone().value()).isEqualTo("0123");
    assertThat(found.updated().at()).isEqualTo(T0.plusSeconds(60));
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void update_on_a_stale_version_is_refused_and_changes_nothing() {
    var client = add("Acme");
    var first = repository().findById(client.id()).orElseThrow();
    var second = repository().findById(client.id()).orElseThrow();
    first.revise(ClientDetails.parse("First edit", null, null, null, true), persistedActor(), T0);
    repository().update(first);
    second.revise(ClientDetails.parse("Second edit", null, null, null, true), persistedActor(), T0);

    assertThatThrownBy(() -> repository().update(second))
        .isInstanceOf(StaleAggregateException.class);
    assertThat(repository().findById(client.id()).orElseThrow().name().value())
        .isEqualTo("First edit");
  }

  @Test
  void a_live_name_is_unique_regardless_of_case() {
    add("Acme");
    assertThatThrownBy(() -> repository().add(open("ACME", true)))
        .isInstanceOf(DuplicateClientNameException.class);
  }

  @Test
  void a_deleted_client_frees_its_name_and_keeps_its_deletion_stamp() {
    var client = add("Acme");
    client.delete(persistedActorAsAdmin(), 0, T0.plus(1, ChronoUnit.HOURS));
    repository().update(client);

    assertThat(repository().liveNameTaken(new ClientName("acme"), ClientId.newId())).isFalse();
    var again = repository().add(open("Acme", true));
    assertThat(again.name().value()).isEqualTo("Acme");
    var deleted = repository().findById(client.id()).orElseThrow();
    assertThat(deleted.isDeleted()).isTrue();
    assertThat(deleted.deleted().orElseThrow().at()).isEqualTo(T0.plus(1, ChronoUnit.HOURS));
  }

  @Test
  void name_taken_ignores_the_client_itself() {
    var client = add("Acme");
    assertThat(repository().liveNameTaken(new ClientName("ACME"), client.id())).isFalse();
    assertThat(repository().liveNameTaken(new ClientName("ACME"), ClientId.newId())).isTrue();
  }

  @Test
  void a_client_without_requests_has_no_live_requests() {
    var client = add("Acme");
    assertThat(repository().liveRequestCount(client.id())).isZero();
    assertThat(repository().liveRequestCount(ClientId.newId())).isZero();
  }

  @Test
  void counts_only_the_live_requests_of_that_client() {
    var acme = add("Acme");
    var globex = add("Globex");
    var quiet = add("Quiet");
    storeRequests(acme.id(), 2, 1);
    storeRequests(globex.id(), 1, 0);
    storeRequests(quiet.id(), 0, 2);

    assertThat(repository().liveRequestCount(acme.id())).isEqualTo(2);
    assertThat(repository().liveRequestCount(globex.id())).isEqualTo(1);
    assertThat(repository().liveRequestCount(quiet.id())).isZero();
  }

  @Test
  void lists_live_clients_by_name_regardless_of_case() {
    add("beta");
    add("Alpha");
    add("Gamma");
    var deleted = add("Delta");
    deleted.delete(persistedActorAsAdmin(), 0, T0);
    repository().update(deleted);

    assertThat(names(listByName(ClientFilter.all(), null, 10)))
        .containsExactly("Alpha", "beta", "Gamma");
  }

  @Test
  void filters_by_active_flag_and_name_fragment() {
    add("Northwind");
    repository().add(open("North Star", false));
    add("Southwind");

    assertThat(names(listByName(new ClientFilter(true, null), null, 10)))
        .containsExactly("Northwind", "Southwind");
    assertThat(names(listByName(new ClientFilter(false, null), null, 10)))
        .containsExactly("North Star");
    assertThat(names(listByName(new ClientFilter(null, "WIND"), null, 10)))
        .containsExactly("Northwind", "Southwind");
  }

  @Test
  void name_fragments_match_wildcard_characters_literally() {
    add("100% Organic");
    add("1000 Lakes");
    add("under_score");
    add("underXscore");

    assertThat(names(listByName(new ClientFilter(null, "100%"), null, 10)))
        .containsExactly("100% Organic");
    assertThat(names(listByName(new ClientFilter(null, "r_s"), null, 10)))
        .containsExactly("under_score");
  }

  @Test
  void pages_continue_strictly_after_the_given_position() {
    for (var name : List.of("a1", "a2", "a3", "a4", "a5")) {
      add(name);
    }
    var first = listByName(ClientFilter.all(), null, 2);
    var second = listByName(ClientFilter.all(), ClientPosition.of(first.getLast()), 2);
    var third = listByName(ClientFilter.all(), ClientPosition.of(second.getLast()), 2);

    assertThat(names(first)).containsExactly("a1", "a2");
    assertThat(names(second)).containsExactly("a3", "a4");
    assertThat(names(third)).containsExactly("a5");
  }

  @Test
  void names_equal_but_for_case_are_ordered_by_id_and_never_skipped() {
    var lower = add("same");
    lower.delete(persistedActorAsAdmin(), 0, T0);
    repository().update(lower);
    add("SAME");
    add("samf");

    var first = listByName(ClientFilter.all(), null, 1);
    var rest = listByName(ClientFilter.all(), ClientPosition.of(first.getFirst()), 10);
    assertThat(names(first)).containsExactly("SAME");
    assertThat(names(rest)).containsExactly("samf");
  }

  @Test
  void paging_one_by_one_visits_every_client_once_whatever_the_case_rules_of_its_name() {
    var names =
        List.of(
            "İstanbul Tours",
            "istanbul cafe",
            "Ångström AB",
            "ÉCOLE",
            "école 2",
            "Straße",
            "STRASSE",
            "zeta");
    names.forEach(this::add);

    var seen = new ArrayList<String>();
    ClientPosition after = null;
    for (var i = 0; i < names.size() + 2; i++) {
      var page = listByName(ClientFilter.all(), after, 1);
      if (page.isEmpty()) {
        break;
      }
      seen.add(page.getFirst().name().value());
      after = ClientPosition.of(page.getFirst());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(names);
  }

  private List<Client> listByName(ClientFilter filter, ClientPosition after, int limit) {
    return repository().list(filter, ListOrder.BY_NAME, after, limit);
  }

  private Client addAt(String name, Instant at) {
    return repository()
        .add(Client.open(ClientDetails.parse(name, null, null, null, true), persistedActor(), at));
  }

  private Client changeAt(Client item, Instant at) {
    item.revise(
        ClientDetails.parse(item.name().value(), null, "0123", null, true), persistedActor(), at);
    return repository().update(item);
  }

  private List<String> names(ListOrder order) {
    return names(repository().list(ClientFilter.all(), order, null, 100));
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
  void paging_one_by_one_in_every_order_visits_every_client_once_even_when_keys_tie() {
    var first = addAt("e1", T0);
    addAt("E2", T0);
    addAt("e3", T0);
    changeAt(addAt("e4", T0.plusSeconds(5)), T0.plusSeconds(60));
    changeAt(first, T0.plusSeconds(60));

    for (var order : everyOrder()) {
      var seen = new ArrayList<String>();
      ClientPosition after = null;
      for (var i = 0; i < 7; i++) {
        var page = repository().list(ClientFilter.all(), order, after, 1);
        if (page.isEmpty()) {
          break;
        }
        seen.add(page.getFirst().name().value());
        after = ClientPosition.of(page.getFirst(), order.key());
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
        new ClientFilter(
            null, null, new InstantRange(T0.plusSeconds(10), T0.plusSeconds(20)), null);
    var createdSince =
        new ClientFilter(null, null, new InstantRange(T0.plusSeconds(10), null), null);
    var updatedBefore =
        new ClientFilter(null, null, null, new InstantRange(null, T0.plusSeconds(40)));
    var both =
        new ClientFilter(
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
    return new Actor(persistedActor().userId(), org.crms.domain.user.Role.ADMIN);
  }

  private static List<String> names(List<Client> clients) {
    return clients.stream().map(c -> c.name().value()).toList();
  }
}
