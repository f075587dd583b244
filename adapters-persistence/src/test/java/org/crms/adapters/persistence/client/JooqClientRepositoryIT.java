package org.crms.adapters.persistence.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;

import java.util.List;
import java.util.UUID;
import org.crms.adapters.persistence.requesttype.JooqRequestTypeRepository;
import org.crms.adapters.persistence.testing.QueryPlans;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.ClientRepositoryContract;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JooqClientRepositoryIT extends ClientRepositoryContract {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqClientRepository repository = new JooqClientRepository(dsl);
  private Actor actor;

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
    actor = TestUsers.persisted(dsl, Role.LIMITED).asActor();
  }

  @Override
  protected ClientRepository repository() {
    return repository;
  }

  @Override
  protected Actor persistedActor() {
    return actor;
  }

  /** Real {@code client_request} rows, of a request type of their own. */
  @Override
  protected void storeRequests(ClientId client, int live, int trashed) {
    var type =
        new JooqRequestTypeRepository(dsl)
            .add(
                RequestType.define(
                    RequestTypeDetails.parse("Type of " + client, null, null, true), actor, T0));
    for (var i = 0; i < live + trashed; i++) {
      var deleted = i >= live;
      dsl.insertInto(CLIENT_REQUEST)
          .set(CLIENT_REQUEST.ID, UUID.randomUUID())
          .set(CLIENT_REQUEST.CLIENT_ID, client.value())
          .set(CLIENT_REQUEST.TYPE_ID, type.id().value())
          .set(CLIENT_REQUEST.TITLE, "Request " + i)
          .set(CLIENT_REQUEST.CREATED_AT, T0)
          .set(CLIENT_REQUEST.UPDATED_AT, T0)
          .set(CLIENT_REQUEST.DELETED_AT, deleted ? T0 : null)
          .execute();
    }
  }

  private Client add(String name) {
    return repository.add(
        Client.open(ClientDetails.parse(name, null, null, null, true), actor, T0));
  }

  @Test
  void renaming_to_a_live_name_is_refused_as_a_duplicate() {
    add("Acme");
    var other = add("Other");
    other.revise(ClientDetails.parse("ACME", null, null, null, true), actor, T0);

    assertThatThrownBy(() -> repository.update(other))
        .isInstanceOf(DuplicateClientNameException.class);
  }

  @Test
  void updating_a_client_that_was_never_stored_is_refused_as_stale() {
    var never = Client.open(ClientDetails.parse("Ghost", null, null, null, true), actor, T0);

    assertThatThrownBy(() -> repository.update(never)).isInstanceOf(StaleAggregateException.class);
  }

  @Test
  void the_stored_version_moves_on_with_each_update() {
    var client = add("Acme");
    client.revise(ClientDetails.parse("Acme 2", null, null, null, true), actor, T0);
    var second = repository.update(client);
    second.revise(ClientDetails.parse("Acme 3", null, null, null, true), actor, T0);
    repository.update(second);

    assertThat(dsl.fetchValue("select version from client where id = ?", client.id().value()))
        .isEqualTo(2L);
  }

  @Test
  void a_backslash_in_a_name_fragment_matches_itself() {
    add("Back\\slash");
    add("Backslash");

    assertThat(names(repository.list(new ClientFilter(null, "k\\s"), ListOrder.BY_NAME, null, 10)))
        .containsExactly("Back\\slash");
  }

  @Test
  void name_fragments_are_matched_regardless_of_case_anywhere_in_the_name() {
    add("The Northwind Company");
    add("Southwind");

    assertThat(
            names(
                repository.list(new ClientFilter(null, "northWIND"), ListOrder.BY_NAME, null, 10)))
        .containsExactly("The Northwind Company");
  }

  @Test
  void the_list_query_seeks_through_the_keyset_index() {
    var page = add("Acme");

    var plan =
        QueryPlans.ofLastQuery(
            dsl,
            recording ->
                new JooqClientRepository(recording)
                    .list(ClientFilter.all(), ListOrder.BY_NAME, ClientPosition.of(page), 10));

    assertThat(plan).contains("client_live_name_id_idx").contains("Index Cond");
  }

  @ParameterizedTest
  @CsvSource({
    "NAME, true, client_live_name_id_idx",
    "CREATED, false, client_live_created_id_idx",
    "CREATED, true, client_live_created_id_idx",
    "UPDATED, false, client_live_updated_id_idx",
    "UPDATED, true, client_live_updated_id_idx"
  })
  void every_order_seeks_through_an_index_of_its_key(
      ListOrder.Key key, boolean descending, String index) {
    var order = new ListOrder(key, descending);
    var page = ClientPosition.of(add("Acme"), key);

    var plan =
        QueryPlans.ofLastQuery(
            dsl,
            recording ->
                new JooqClientRepository(recording).list(ClientFilter.all(), order, page, 10));

    assertThat(plan).contains(index).contains("Index Cond").doesNotContain("Sort");
  }

  private static List<String> names(List<Client> clients) {
    return clients.stream().map(c -> c.name().value()).toList();
  }
}
