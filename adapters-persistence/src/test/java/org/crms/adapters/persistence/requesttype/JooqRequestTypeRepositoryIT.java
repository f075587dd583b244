package org.crms.adapters.persistence.requesttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.crms.adapters.persistence.client.JooqClientRepository;
import org.crms.adapters.persistence.testing.QueryPlans;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.application.port.out.RequestTypeRepository;
import org.crms.application.port.out.RequestTypeRepositoryContract;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JooqRequestTypeRepositoryIT extends RequestTypeRepositoryContract {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqRequestTypeRepository repository = new JooqRequestTypeRepository(dsl);
  private Actor actor;

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
    actor = TestUsers.persisted(dsl, Role.LIMITED).asActor();
  }

  @Override
  protected RequestTypeRepository repository() {
    return repository;
  }

  @Override
  protected Actor persistedActor() {
    return actor;
  }

  /** Real {@code client_request} rows, of a client of their own. */
  @Override
  protected void storeRequests(RequestTypeId type, int live, int trashed) {
    var client =
        new JooqClientRepository(dsl)
            .add(
                Client.open(
                    ClientDetails.parse("Client of " + type, null, null, null, true), actor, T0));
    for (var i = 0; i < live + trashed; i++) {
      var deleted = i >= live;
      dsl.insertInto(CLIENT_REQUEST)
          .set(CLIENT_REQUEST.ID, UUID.randomUUID())
          .set(CLIENT_REQUEST.CLIENT_ID, client.id().value())
          .set(CLIENT_REQUEST.TYPE_ID, type.value())
          .set(CLIENT_REQUEST.TITLE, "Request " + i)
          .set(CLIENT_REQUEST.CREATED_AT, T0)
          .set(CLIENT_REQUEST.CREATED_BY, actor.userId().value())
          .set(CLIENT_REQUEST.UPDATED_AT, T0)
          .set(CLIENT_REQUEST.UPDATED_BY, actor.userId().value())
          .set(CLIENT_REQUEST.DELETED_AT, deleted ? T0 : null)
          .set(CLIENT_REQUEST.DELETED_BY, deleted ? actor.userId().value() : null)
          .execute();
    }
  }

  private RequestType add(String name) {
    return repository.add(
        RequestType.define(RequestTypeDetails.parse(name, null, null, true), actor, T0));
  }

  @Test
  void target_days_are_stored_as_null_when_absent_and_as_the_number_otherwise() {
    var without = add("Audit");
    var with =
        repository.add(
            RequestType.define(RequestTypeDetails.parse("Check", null, 7, true), actor, T0));

    assertThat(column("target_days", without)).isNull();
    assertThat(column("target_days", with)).isEqualTo(7);
  }

  @Test
  void updating_a_type_that_was_never_stored_is_refused_as_stale() {
    var never = RequestType.define(RequestTypeDetails.parse("Ghost", null, null, true), actor, T0);

    assertThatThrownBy(() -> repository.update(never)).isInstanceOf(StaleAggregateException.class);
  }

  @Test
  void the_stored_version_moves_on_with_each_update() {
    var type = add("Audit");
    type.revise(RequestTypeDetails.parse("Audit 2", null, null, true), actor, T0);
    var second = repository.update(type);
    second.revise(RequestTypeDetails.parse("Audit 3", null, null, true), actor, T0);
    repository.update(second);

    assertThat(column("version", type)).isEqualTo(2L);
  }

  @Test
  void other_constraint_violations_are_not_mistaken_for_duplicate_names() {
    var strangerActs = new Actor(UserId.newId(), Role.LIMITED);
    var type =
        RequestType.define(RequestTypeDetails.parse("Audit", null, null, true), strangerActs, T0);

    // The creator is no stored user: a foreign-key violation, which must reach the caller as is.
    assertThatThrownBy(() -> repository.add(type))
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23503"));
  }

  @Test
  void a_backslash_in_a_name_fragment_matches_itself() {
    add("Back\\slash");
    add("Backslash");

    assertThat(
            names(
                repository.list(new RequestTypeFilter(null, "k\\s"), ListOrder.BY_NAME, null, 10)))
        .containsExactly("Back\\slash");
  }

  @Test
  void name_fragments_are_matched_regardless_of_case_anywhere_in_the_name() {
    add("The SEO Tech Check");
    add("Rejected payment");

    assertThat(
            names(
                repository.list(
                    new RequestTypeFilter(null, "seo tECH"), ListOrder.BY_NAME, null, 10)))
        .containsExactly("The SEO Tech Check");
  }

  @Test
  void the_list_query_seeks_through_the_keyset_index() {
    var page = add("Audit");

    var plan =
        planOf(
            recorded ->
                recorded.list(
                    RequestTypeFilter.all(), ListOrder.BY_NAME, RequestTypePosition.of(page), 10));

    assertThat(plan).contains("request_type_live_name_id_idx").contains("Index Cond");
  }

  @ParameterizedTest
  @CsvSource({
    "NAME, true, request_type_live_name_id_idx",
    "CREATED, false, request_type_live_created_id_idx",
    "CREATED, true, request_type_live_created_id_idx",
    "UPDATED, false, request_type_live_updated_id_idx",
    "UPDATED, true, request_type_live_updated_id_idx"
  })
  void every_order_seeks_through_an_index_of_its_key(
      ListOrder.Key key, boolean descending, String index) {
    var order = new ListOrder(key, descending);
    var page = RequestTypePosition.of(add("Audit"), key);

    var plan = planOf(recorded -> recorded.list(RequestTypeFilter.all(), order, page, 10));

    assertThat(plan).contains(index).contains("Index Cond").doesNotContain("Sort");
  }

  private String planOf(Consumer<JooqRequestTypeRepository> action) {
    return QueryPlans.ofLastQuery(
        dsl, recording -> action.accept(new JooqRequestTypeRepository(recording)));
  }

  private Object column(String name, RequestType type) {
    return dsl.fetchValue("select " + name + " from request_type where id = ?", type.id().value());
  }

  private static List<String> names(List<RequestType> types) {
    return types.stream().map(t -> t.name().value()).toList();
  }
}
