package org.crms.adapters.persistence.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.crms.adapters.persistence.client.JooqClientRepository;
import org.crms.adapters.persistence.requesttype.JooqRequestTypeRepository;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.application.port.out.ClientRequestRepository;
import org.crms.application.port.out.ClientRequestRepositoryContract;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqClientRequestRepositoryIT extends ClientRequestRepositoryContract {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqClientRequestRepository repository = new JooqClientRequestRepository(dsl);
  private final JooqClientRepository clients = new JooqClientRepository(dsl);
  private final JooqRequestTypeRepository types = new JooqRequestTypeRepository(dsl);
  private Actor actor;
  private int sequence;

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
    actor = TestUsers.persisted(dsl, Role.LIMITED).asActor();
  }

  @Override
  protected ClientRequestRepository repository() {
    return repository;
  }

  @Override
  protected Actor persistedActor() {
    return actor;
  }

  @Override
  protected UserId storedUser() {
    return TestUsers.persisted(dsl, Role.LIMITED).id();
  }

  @Override
  protected ClientId storedClient() {
    var details = ClientDetails.parse("Client " + ++sequence, null, null, null, true);
    return clients.add(Client.open(details, actor, T0)).id();
  }

  @Override
  protected RequestTypeId storedType() {
    var details = RequestTypeDetails.parse("Type " + ++sequence, null, null, true);
    return types.add(RequestType.define(details, actor, T0)).id();
  }

  private ClientRequest open(ClientId client, RequestTypeId type) {
    return ClientRequest.open(
        RequestDetails.parse(client, type, "Fix the plugin", null, null, Priority.URGENT, null),
        null,
        actor,
        T0);
  }

  @Test
  void status_and_priority_are_stored_as_their_codes() {
    var request = repository.add(open(storedClient(), storedType()));
    request.start(actor, T0);
    repository.update(request);

    assertThat(column("status", request)).isEqualTo("IN_PROGRESS");
    assertThat(column("priority", request)).isEqualTo("URGENT");
  }

  @Test
  void a_request_for_a_client_or_type_in_the_trash_or_unknown_is_refused_naming_each() {
    var client = clients.findById(storedClient()).orElseThrow();
    client.delete(admin(), 0, T0);
    clients.update(client);

    assertThatThrownBy(() -> repository.add(open(client.id(), RequestTypeId.newId())))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("clientId", "typeId"));
  }

  @Test
  void a_request_cannot_come_back_from_the_trash_while_its_type_is_there() {
    var type = storedType();
    var request = repository.add(open(storedClient(), type));
    request.delete(admin(), T0);
    var deleted = repository.update(request);
    var stored = types.findById(type).orElseThrow();
    stored.delete(admin(), types.liveRequestCount(type), T0);
    types.update(stored);
    deleted.restore(admin(), T0);

    assertThatThrownBy(() -> repository.update(deleted))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("typeId");
  }

  @Test
  void updating_a_request_that_was_never_stored_is_refused_as_stale() {
    var never = open(storedClient(), storedType());

    assertThatThrownBy(() -> repository.update(never)).isInstanceOf(StaleAggregateException.class);
  }

  @Test
  void counting_a_clients_requests_waits_for_a_request_being_opened_and_then_counts_it()
      throws Exception {
    var client = storedClient();
    var type = storedType();
    var opened = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var opener =
        CompletableFuture.runAsync(
            () ->
                dsl.transaction(
                    tx -> {
                      new JooqClientRequestRepository(tx.dsl()).add(open(client, type));
                      opened.countDown();
                      release.await(10, TimeUnit.SECONDS);
                    }));
    assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();

    var count =
        CompletableFuture.supplyAsync(
            () ->
                dsl.transactionResult(
                    tx -> new JooqClientRepository(tx.dsl()).liveRequestCount(client)));
    Thread.sleep(300);
    assertThat(count).as("waits for the request's transaction").isNotDone();
    release.countDown();
    opener.get(10, TimeUnit.SECONDS);

    assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(1);
  }

  @Test
  void the_default_list_seeks_through_the_newest_first_index() {
    var request = repository.add(open(storedClient(), storedType()));
    var position = RequestPosition.of(request, RequestSort.DEFAULT);

    var plan = planOf(r -> r.list(all(), RequestSort.DEFAULT, position, 10));

    assertThat(plan).contains("client_request_live_recent_idx").contains("Index Cond");
  }

  @Test
  void a_search_fragment_is_served_by_the_trigram_indexes_of_title_and_reference() {
    var client = storedClient();
    var type = storedType();
    repository.add(open(client, type));
    // Enough other requests for the planner to prefer the indexes over reading every live one.
    dsl.execute(
        "insert into client_request (id, client_id, type_id, title, reference, created_at,"
            + " updated_at) select gen_random_uuid(), {0}, {1}, 'Routine check ' || n, 'REF-' || n,"
            + " {2}, {2} from generate_series(1, 5000) n",
        DSL.val(client.value()), DSL.val(type.value()), DSL.val(T0));
    // VACUUM too: the planner costs a GIN index by statistics that only VACUUM refreshes.
    dsl.execute("vacuum analyze client_request");
    var filter = RequestFilter.builder().q("plugin").build().resolvedFor(actor.userId(), today());

    var plan = planOf(r -> r.list(filter, RequestSort.DEFAULT, null, 10));

    assertThat(plan)
        .contains("client_request_title_trgm_idx")
        .contains("client_request_reference_trgm_idx");
  }

  private RequestFilter all() {
    return RequestFilter.all().resolvedFor(actor.userId(), today());
  }

  private static LocalDate today() {
    return LocalDate.parse("2026-03-06");
  }

  private Actor admin() {
    return new Actor(actor.userId(), Role.ADMIN);
  }

  /** The plan of the last query the action issued, with sequential scans forbidden. */
  private String planOf(Consumer<JooqClientRequestRepository> action) {
    var issued = new ArrayList<Query>();
    var recording =
        dsl.configuration()
            .derive(
                new DefaultExecuteListenerProvider(
                    new ExecuteListener() {
                      @Override
                      public void executeStart(ExecuteContext ctx) {
                        issued.add(ctx.query());
                      }
                    }));
    action.accept(new JooqClientRequestRepository(recording.dsl()));

    var query = dsl.renderInlined(issued.getLast());
    return dsl.transactionResult(
        tx -> {
          // Tiny tables make a sequential scan cheapest; forbid it to learn whether the index can
          // serve the query.
          tx.dsl().execute("set local enable_seqscan = off");
          return String.join(
              "\n",
              tx.dsl().fetchValues("explain " + query).stream().map(String::valueOf).toList());
        });
  }

  private Object column(String name, ClientRequest request) {
    return dsl.fetchValue(
        "select " + name + " from client_request where id = ?", request.id().value());
  }
}
