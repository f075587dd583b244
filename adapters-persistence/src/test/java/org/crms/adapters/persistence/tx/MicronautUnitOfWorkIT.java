package org.crms.adapters.persistence.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.crms.adapters.persistence.testing.Migrations;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TestUsers;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The one piece of framework wiring the use cases rely on: jOOQ work done through the injected
 * beans inside {@link UnitOfWork#inTransaction} commits together, or rolls back together when the
 * work throws.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicronautUnitOfWorkIT implements TestPropertyProvider {
  // Empty, not even migrated: the application's own Flyway settings must migrate it on start.
  private final TestDatabase database = TestDatabase.server().emptyDatabase();

  @Inject UnitOfWork unitOfWork;
  @Inject UserRepository users;
  @Inject DSLContext dsl;

  @Override
  public Map<String, String> getProperties() {
    var properties = new HashMap<>(database.micronautProperties());
    properties.put("jooq.datasources.default.sql-dialect", "POSTGRES");
    properties.put("flyway.datasources.default.enabled", "true");
    return properties;
  }

  @Test
  void the_context_wires_the_micronaut_unit_of_work_and_migrates_the_database_on_start() {
    assertThat(unitOfWork).isInstanceOf(MicronautUnitOfWork.class);
    assertThat(dsl.dialect()).isEqualTo(SQLDialect.POSTGRES);
    assertThat(
            database
                .dsl()
                .fetch(
                    "select version from flyway_schema_history where success order by installed_rank")
                .getValues(0, String.class))
        .containsExactlyElementsOf(Migrations.versions(database));
  }

  @Test
  void work_inside_a_transaction_commits() {
    var user = TestUsers.aUser(Role.ADMIN).build();

    unitOfWork.inTransaction(() -> users.add(user));

    assertThat(storedUsersWithId(user)).isEqualTo(1);
    assertThat(unitOfWork.readOnly(() -> users.findById(user.id()))).isPresent();
  }

  @Test
  void every_write_of_a_failing_transaction_rolls_back_and_the_failure_reaches_the_caller() {
    var first = TestUsers.aUser(Role.ADMIN).build();
    var second = TestUsers.aUser(Role.LIMITED).build();
    var failure = new IllegalStateException("the use case failed after writing");

    assertThatThrownBy(
            () ->
                unitOfWork.inTransaction(
                    () -> {
                      users.add(first);
                      users.add(second);
                      assertThat(users.findById(first.id()))
                          .as("visible inside the transaction")
                          .isPresent();
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(storedUsersWithId(first)).isZero();
    assertThat(storedUsersWithId(second)).isZero();
  }

  @Test
  void a_read_only_transaction_refuses_writes() {
    var user = TestUsers.aUser(Role.ADMIN).build();

    assertThatThrownBy(() -> unitOfWork.readOnly(() -> users.add(user)))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("read-only transaction");
    assertThat(storedUsersWithId(user)).isZero();
  }

  /** Counted over a separate connection, outside the application's transaction manager. */
  private int storedUsersWithId(User user) {
    return database
        .dsl()
        .fetchCount(database.dsl().selectOne().from("app_user").where("id = ?", user.id().value()));
  }
}
