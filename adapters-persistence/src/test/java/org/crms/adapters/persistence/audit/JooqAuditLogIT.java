package org.crms.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crms.adapters.persistence.testing.QueryPlans;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.audit.AuditFilter;
import org.crms.application.port.in.audit.AuditPosition;
import org.crms.application.port.out.AuditLog;
import org.crms.application.port.out.AuditLogContract;
import org.crms.application.port.out.AuditTrail;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqAuditLogIT extends AuditLogContract {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqAuditTrail trail = new JooqAuditTrail(dsl);
  private final JooqAuditLog log = new JooqAuditLog(dsl);

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
  }

  @Override
  protected AuditTrail trail() {
    return trail;
  }

  @Override
  protected AuditLog log() {
    return log;
  }

  @Override
  protected User persistedUser(Role role) {
    return TestUsers.persisted(dsl, role);
  }

  @Test
  void every_action_and_item_type_code_reads_back_as_written() {
    for (var action : AuditAction.values()) {
      for (var type : ItemType.values()) {
        trail.append(AuditEvent.of(null, T0, action, type, UUID.randomUUID(), List.of()));
      }
    }

    var read = log.list(AuditFilter.all(), null, 200);

    assertThat(read)
        .hasSize(AuditAction.values().length * ItemType.values().length)
        .extracting(e -> e.event().action() + "/" + e.event().itemType())
        .doesNotHaveDuplicates();
  }

  @Test
  void each_filter_seeks_through_an_index_that_gives_the_order() {
    var actor = TestUsers.persisted(dsl, Role.ADMIN).id();
    for (var i = 0; i < 20; i++) {
      trail.append(
          AuditEvent.of(
              actor,
              T0.plusSeconds(i),
              AuditAction.UPDATED,
              ItemType.CLIENT,
              UUID.randomUUID(),
              List.of()));
    }
    // Statistics, as a running database has them: many events share a kind of item, few an item.
    dsl.execute("analyze audit_event");
    var after = new AuditPosition(T0.plusSeconds(10), UUID.randomUUID());

    assertThat(planOf(AuditFilter.all(), after)).contains("audit_event_recent_idx");
    assertThat(planOf(period(T0, T0.plusSeconds(5)), null)).contains("audit_event_recent_idx");
    assertThat(planOf(byActor(actor), after)).contains("audit_event_actor_idx");
    assertThat(planOf(AuditFilter.ofItem(ItemType.CLIENT, UUID.randomUUID()), after))
        .contains("audit_event_item_recent_idx");
    assertThat(planOf(byType(ItemType.REQUEST_TYPE), after)).contains("audit_event_item_type_idx");
    assertThat(planOf(byAction(AuditAction.DELETED), after)).contains("audit_event_action_idx");
  }

  @Test
  void an_index_gives_the_order_of_the_whole_log_and_of_each_filter_without_a_sort() {
    var plans =
        List.of(
            orderPlanOf(AuditFilter.all()),
            orderPlanOf(period(T0, T0.plusSeconds(5))),
            orderPlanOf(byActor(UserId.newId())),
            orderPlanOf(AuditFilter.ofItem(ItemType.CLIENT, UUID.randomUUID())),
            orderPlanOf(byType(ItemType.USER)),
            orderPlanOf(byAction(AuditAction.LOGIN_FAILED)));

    assertThat(plans).allSatisfy(plan -> assertThat(plan).contains("Index").doesNotContain("Sort"));
  }

  /**
   * With sorting discouraged, a Sort is still planned unless an index can give the order itself; on
   * a large trail that is what the planner picks to fill a page from the newest events.
   */
  private String orderPlanOf(AuditFilter filter) {
    return QueryPlans.ofLastQuery(
        dsl, recording -> new JooqAuditLog(recording).list(filter, null, 50), "sort", "bitmapscan");
  }

  private String planOf(AuditFilter filter, AuditPosition after) {
    return QueryPlans.ofLastQuery(
        dsl, recording -> new JooqAuditLog(recording).list(filter, after, 50));
  }

  private static AuditFilter period(Instant from, Instant to) {
    return new AuditFilter(null, Set.of(), null, null, new InstantRange(from, to));
  }

  private static AuditFilter byActor(UserId actor) {
    return new AuditFilter(actor, Set.of(), null, null, null);
  }

  private static AuditFilter byType(ItemType type) {
    return new AuditFilter(null, Set.of(), type, null, null);
  }

  private static AuditFilter byAction(AuditAction action) {
    return new AuditFilter(null, Set.of(action), null, null, null);
  }
}
