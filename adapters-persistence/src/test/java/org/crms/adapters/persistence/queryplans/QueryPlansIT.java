package org.crms.adapters.persistence.queryplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.crms.adapters.persistence.contact.JooqContactRecordRepository;
import org.crms.adapters.persistence.dashboard.JooqDashboardQueries;
import org.crms.adapters.persistence.request.JooqClientRequestRepository;
import org.crms.adapters.persistence.search.JooqSearchIndex;
import org.crms.adapters.persistence.testing.QueryPlans;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.trash.JooqTrashQueries;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.dashboard.GetDashboardQuery;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestSort;
import org.crms.application.port.in.search.SearchQuery;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.application.port.in.trash.TrashPosition;
import org.crms.application.service.contact.ContactRecordQueryService;
import org.crms.application.service.dashboard.GetDashboardService;
import org.crms.application.service.request.RequestQueryService;
import org.crms.application.service.search.SearchService;
import org.crms.application.service.trash.ListTrashService;
import org.crms.domain.audit.ItemType;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.Priority;
import org.crms.domain.request.RequestStatus;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves that the request and contact lists, search, the dashboard and the trash stay index-driven
 * at scale: on a database of 100,000 requests, 50,000 contact records and 2,000 clients (see {@code
 * tracking-volume.sql}), no statement the adapters send reads one of those tables with a sequential
 * scan. The statements are the real ones, captured while the real services run, and explained with
 * their values.
 *
 * <p>The load sets the large tables' secondary indexes and foreign keys aside and builds them again
 * from their own definitions afterwards (checked to be the same), which is far quicker than keeping
 * them up to date row by row. The tables are vacuumed as well as analysed before, as autovacuum
 * keeps them in production: counts over all live requests (by status, by type) are index-only scans
 * only where the visibility map says the pages are all visible.
 *
 * <p>To prove another adapter's queries, add a case: run its use case inside {@link #indexed}.
 */
class QueryPlansIT {
  private static final List<String> LARGE_TABLES =
      List.of("client_request", "contact_record", "client");
  private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
  private static final Actor LIMITED = new Actor(user(5), Role.LIMITED);
  private static final Actor ADMIN = new Actor(user(1), Role.ADMIN);

  /** Every index and foreign key of the large tables, as PostgreSQL would recreate it. */
  private static final String SCHEMA_OF_LARGE_TABLES =
      """
      SELECT string_agg(definition, E'\\n' ORDER BY definition) FROM (
        SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index
        WHERE indrelid IN ('client_request'::regclass, 'contact_record'::regclass)
        UNION ALL
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
        WHERE conrelid IN ('client_request'::regclass, 'contact_record'::regclass)) AS d
      """;

  private static TestDatabase database;
  private static QueryPlans plans;

  @BeforeAll
  static void fillALargeDatabase() throws SQLException {
    database = TestDatabase.freshDatabase();
    try (var connection = database.connect();
        var statement = connection.createStatement()) {
      var schema = schemaOfLargeTables(statement);
      // Committed and flushed before VACUUM looks: the test server commits asynchronously, and a
      // row
      // whose commit is not yet flushed gets no hint bit, so VACUUM could not mark its page
      // all-visible.
      statement.execute("SET synchronous_commit = on");
      statement.execute(script("set-aside-indexes.sql"));
      statement.execute(script("tracking-volume.sql"));
      statement.execute(script("restore-indexes.sql"));
      statement.execute("VACUUM ANALYZE");
      assertThat(schemaOfLargeTables(statement))
          .as("indexes and foreign keys after the bulk load")
          .isEqualTo(schema);
    }
    plans = new QueryPlans(database.dsl());
  }

  private static String schemaOfLargeTables(Statement statement) throws SQLException {
    try (var rows = statement.executeQuery(SCHEMA_OF_LARGE_TABLES)) {
      rows.next();
      return rows.getString(1);
    }
  }

  @AfterAll
  static void close() {
    if (database != null) {
      database.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> every_search_reads_through_indexes() {
    var search =
        new SearchService(new JooqSearchIndex(plans.recordingDsl()), new ImmediateUnitOfWork());
    return Stream.of(
            // words, common and rare
            "invoice",
            "Renew certificate 4711",
            "hopper",
            // fragments of references and names, and whole ones
            "pay-00123",
            "PAY-0012346",
            "velora",
            "Galford Group",
            "grace hop",
            // too short for fragments: words, and exact client names
            "42",
            "Ab")
        .map(
            q ->
                dynamicTest(
                    "search for '" + q + "'",
                    () -> indexed(() -> search.search(SearchQuery.parse(LIMITED, q, 50)), 3)));
  }

  @Test
  void every_dashboard_figure_reads_through_indexes() {
    var dashboard =
        new GetDashboardService(
            new JooqDashboardQueries(plans.recordingDsl()),
            new ImmediateUnitOfWork(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    indexed(() -> dashboard.get(new GetDashboardQuery(LIMITED)), 8);
  }

  @TestFactory
  Stream<DynamicTest> every_page_of_the_trash_reads_through_indexes() {
    var unitOfWork = new ImmediateUnitOfWork();
    var service = new ListTrashService(new JooqTrashQueries(plans.recordingDsl()), unitOfWork);
    var later = new TrashPosition(Instant.parse("2026-06-10T12:00:00Z"), new UUID(0, 0));
    return Stream.of(
            null, ItemType.CLIENT, ItemType.REQUEST_TYPE, ItemType.REQUEST, ItemType.CONTACT_RECORD)
        .flatMap(
            kind ->
                Stream.of(null, later)
                    .map(
                        after ->
                            dynamicTest(
                                "trash of "
                                    + (kind == null ? "every kind" : kind)
                                    + (after == null ? ", first page" : ", a later page"),
                                () ->
                                    indexed(
                                        () ->
                                            service.list(
                                                new ListTrashQuery(
                                                    ADMIN, kind, PageLimit.orDefault(null), after)),
                                        1))));
  }

  @TestFactory
  Stream<DynamicTest> every_first_page_of_the_request_list_reads_through_indexes() {
    var service =
        new RequestQueryService(
            new JooqClientRequestRepository(plans.recordingDsl()),
            new ImmediateUnitOfWork(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    var client = new ClientId(UUID.fromString("00000000-0000-0000-0002-000000000007"));
    var type = new RequestTypeId(UUID.fromString("00000000-0000-0000-0001-000000000003"));
    var open = Set.of(RequestStatus.PENDING, RequestStatus.IN_PROGRESS);
    Map<String, RequestFilter> filters = new LinkedHashMap<>();
    filters.put("everything", RequestFilter.all());
    filters.put("open", RequestFilter.builder().statuses(open).build());
    filters.put(
        "completed", RequestFilter.builder().statuses(Set.of(RequestStatus.COMPLETED)).build());
    filters.put("of a client", RequestFilter.builder().clientId(client).build());
    filters.put("of a type", RequestFilter.builder().typeId(type).build());
    filters.put("of an owner", RequestFilter.builder().ownerId(user(5)).build());
    filters.put("mine and open", RequestFilter.builder().mine(true).statuses(open).build());
    filters.put("unassigned", RequestFilter.builder().unassigned(true).build());
    filters.put("overdue", RequestFilter.builder().overdue(true).build());
    filters.put("urgent", RequestFilter.builder().priorities(Set.of(Priority.URGENT)).build());
    filters.put("with a fragment", RequestFilter.builder().q("pay-00123").build());
    filters.put(
        "created in a week",
        RequestFilter.builder().created(NOW.minus(Duration.ofDays(7)), NOW).build());
    return Stream.concat(
        filters.entrySet().stream()
            .map(
                e ->
                    dynamicTest(
                        "requests: " + e.getKey() + ", newest first",
                        () ->
                            indexed(
                                () ->
                                    service.list(
                                        new ListRequestsQuery(
                                            LIMITED,
                                            e.getValue(),
                                            RequestSort.DEFAULT,
                                            PageLimit.orDefault(null),
                                            null)),
                                1))),
        Stream.of(RequestSort.Key.values())
            .flatMap(key -> Stream.of(new RequestSort(key, false), new RequestSort(key, true)))
            .map(
                sort ->
                    dynamicTest(
                        "requests: open, by " + sort.key() + (sort.descending() ? " desc" : ""),
                        () ->
                            indexed(
                                () ->
                                    service.list(
                                        new ListRequestsQuery(
                                            LIMITED,
                                            RequestFilter.builder().statuses(open).build(),
                                            sort,
                                            PageLimit.orDefault(null),
                                            null)),
                                1))));
  }

  @TestFactory
  Stream<DynamicTest> every_first_page_of_the_contact_list_reads_through_indexes() {
    var service =
        new ContactRecordQueryService(
            new JooqContactRecordRepository(plans.recordingDsl()),
            new ImmediateUnitOfWork(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    var request = new ClientRequestId(UUID.fromString("00000000-0000-0000-0003-000000000014"));
    var any = ContactRecordFilter.all();
    var ofRequest =
        new ContactRecordFilter(request, null, null, null, null, null, null, null, null);
    var byText = new ContactRecordFilter(null, null, null, null, null, null, null, null, "grace");
    return Stream.of(
        dynamicTest("contacts: everything", () -> contacts(service, any, false, false)),
        dynamicTest("contacts: of a request", () -> contacts(service, ofRequest, false, false)),
        dynamicTest("contacts: follow-up due", () -> contacts(service, any, true, false)),
        dynamicTest("contacts: mine", () -> contacts(service, any, false, true)),
        dynamicTest("contacts: a name fragment", () -> contacts(service, byText, false, false)));
  }

  @TestFactory
  Stream<DynamicTest> every_sort_order_of_the_contact_list_reads_through_indexes() {
    var service =
        new ContactRecordQueryService(
            new JooqContactRecordRepository(plans.recordingDsl()),
            new ImmediateUnitOfWork(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    return Stream.of(ContactRecordSort.Key.values())
        .flatMap(
            key -> Stream.of(new ContactRecordSort(key, false), new ContactRecordSort(key, true)))
        .map(
            sort ->
                dynamicTest(
                    "contacts: by " + sort.key() + (sort.descending() ? " desc" : ""),
                    () ->
                        indexed(
                            () ->
                                service.list(
                                    new ListContactRecordsQuery(
                                        LIMITED,
                                        ContactRecordFilter.all(),
                                        false,
                                        false,
                                        sort,
                                        PageLimit.orDefault(null),
                                        null)),
                            1)));
  }

  private static void contacts(
      ContactRecordQueryService service,
      ContactRecordFilter filter,
      boolean followUpDue,
      boolean mine) {
    indexed(
        () ->
            service.list(
                new ListContactRecordsQuery(
                    LIMITED,
                    filter,
                    followUpDue,
                    mine,
                    ContactRecordSort.DEFAULT,
                    PageLimit.orDefault(null),
                    null)),
        1);
  }

  /**
   * Runs the action, expecting it to send that many statements, none of which may read a large
   * table with a sequential scan.
   */
  private static void indexed(Runnable action, int statements) {
    var sent = plans.statementsOf(action);
    assertThat(sent).hasSize(statements);
    for (var sql : sent) {
      var plan = plans.explain(sql);
      assertThat(QueryPlans.sequentialScans(plan, LARGE_TABLES))
          .as("sequential scans of large tables in%n%s%n%s", sql, plan)
          .isEmpty();
    }
  }

  private static UserId user(int n) {
    return new UserId(UUID.fromString(String.format("00000000-0000-0000-0000-%012x", n)));
  }

  private static String script(String name) {
    try (var in = QueryPlansIT.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
