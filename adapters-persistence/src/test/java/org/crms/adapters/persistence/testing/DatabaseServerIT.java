package org.crms.adapters.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.sql.SQLException;
import java.util.HashMap;
import org.crms.domain.user.Role;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class DatabaseServerIT {

  @Test
  void an_explicit_url_is_used_as_given() throws SQLException {
    var shared = TestDatabase.shared();
    var environment = new HashMap<String, String>();
    environment.put(DatabaseSource.URL_VARIABLE, shared.jdbcUrl());
    environment.put(DatabaseSource.USER_VARIABLE, shared.user());
    environment.put(DatabaseSource.PASSWORD_VARIABLE, shared.password());
    var source = DatabaseSource.choose(environment, () -> fail("the Docker probe was asked"));

    try (var server = DatabaseServer.start(source)) {
      assertThat(server.source()).isInstanceOf(DatabaseSource.ExplicitUrl.class);
      var database = server.mainDatabase();
      assertThat(database.jdbcUrl()).isEqualTo(shared.jdbcUrl());
      assertThat(currentDatabase(database)).isEqualTo(shared.name());
      assertThat(database.dsl().fetchValue("select to_regclass('public.client')::text"))
          .isEqualTo("client");
    }
    // Closing a server it was only given the address of leaves that server running.
    assertThat(currentDatabase(shared)).isEqualTo(shared.name());
  }

  @Test
  void fresh_databases_made_on_an_explicit_server_are_dropped_when_it_closes() throws SQLException {
    var shared = TestDatabase.shared();
    var source = new DatabaseSource.ExplicitUrl(shared.jdbcUrl(), shared.user(), shared.password());
    String fresh;
    try (var server = DatabaseServer.start(source)) {
      var database = server.freshDatabase();
      fresh = database.name();
      assertThat(currentDatabase(database)).isEqualTo(fresh);
    }

    assertThat(databaseExists(shared, fresh)).isFalse();
  }

  @Test
  void without_a_url_or_docker_an_embedded_server_is_started_and_stopped() {
    var source = DatabaseSource.choose(new HashMap<>(), () -> false);
    assertThat(source).isInstanceOf(DatabaseSource.Embedded.class);

    TestDatabase database;
    try (var server = DatabaseServer.start(source)) {
      database = server.mainDatabase();
      assertThat(database.dsl().fetchValue("select count(*) from client")).isEqualTo(0L);
    }

    assertThatThrownBy(database::connect).isInstanceOf(SQLException.class);
  }

  @Test
  void a_fresh_database_is_migrated_and_sees_nothing_of_the_shared_one() throws SQLException {
    var shared = TestDatabase.shared();
    var user = TestUsers.persisted(shared.dsl(), Role.ADMIN);

    var fresh = TestDatabase.freshDatabase();

    assertThat(fresh.name()).isNotEqualTo(shared.name());
    assertThat(currentDatabase(fresh)).isEqualTo(fresh.name());
    assertThat(fresh.dsl().fetchValue("select count(*) from app_user")).isEqualTo(0L);
    assertThat(
            shared
                .dsl()
                .fetchValue("select count(*) from app_user where id = ?", user.id().value()))
        .isEqualTo(1L);
    // Every migration, whatever their number: none pending, all applied.
    var migrations = Migrations.flyway(fresh).info();
    assertThat(migrations.pending()).isEmpty();
    assertThat(migrations.applied()).isNotEmpty().hasSameSizeAs(migrations.all());
  }

  @Test
  void micronaut_properties_point_at_the_database() {
    var database = TestDatabase.shared();

    assertThat(database.micronautProperties())
        .containsEntry("datasources.default.url", database.jdbcUrl())
        .containsEntry("datasources.default.username", database.user())
        .containsEntry("datasources.default.password", database.password());
  }

  private static String currentDatabase(TestDatabase database) throws SQLException {
    try (var connection = database.connect()) {
      return DSL.using(connection, SQLDialect.POSTGRES)
          .fetchSingle("select current_database()")
          .get(0, String.class);
    }
  }

  private static boolean databaseExists(TestDatabase on, String name) {
    return on.dsl()
        .fetchExists(on.dsl().selectOne().from("pg_database").where("datname = ?", name));
  }
}
