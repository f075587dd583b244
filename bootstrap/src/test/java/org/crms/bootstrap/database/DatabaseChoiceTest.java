package org.crms.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseChoiceTest {
  private static final String APP_URL = "postgres://crms_app:app-secret@db.internal:5432/crms";
  private static final String OWNER_URL = "postgres://crms_owner:owner-secret@db.internal/crms";

  @Test
  void one_url_serves_the_application_and_its_migrations() {
    try (var choice = DatabaseChoice.fromEnvironment(Map.of("DATABASE_URL", APP_URL))) {
      assertThat(choice.properties())
          .containsEntry("datasources.default.url", "jdbc:postgresql://db.internal:5432/crms")
          .containsEntry("datasources.default.username", "crms_app")
          .containsEntry("datasources.default.password", "app-secret")
          .doesNotContainKeys(
              "flyway.datasources.default.enabled", "flyway.datasources.migrations.url");
      assertThat(choice.isEmbedded()).isFalse();
    }
  }

  @Test
  void a_migration_url_runs_the_migrations_as_its_own_login_and_only_so() {
    var env = Map.of("DATABASE_URL", APP_URL, "CRMS_MIGRATION_DATABASE_URL", OWNER_URL);

    try (var choice = DatabaseChoice.fromEnvironment(env)) {
      assertThat(choice.properties())
          .containsEntry("datasources.default.username", "crms_app")
          .containsEntry("flyway.datasources.default.enabled", false)
          .containsEntry("flyway.datasources.migrations.enabled", true)
          .containsEntry(
              "flyway.datasources.migrations.url", "jdbc:postgresql://db.internal:5432/crms")
          .containsEntry("flyway.datasources.migrations.user", "crms_owner")
          .containsEntry("flyway.datasources.migrations.password", "owner-secret");
    }
  }

  @Test
  void a_blank_migration_url_is_no_migration_url() {
    var env = Map.of("DATABASE_URL", APP_URL, "CRMS_MIGRATION_DATABASE_URL", " ");

    try (var choice = DatabaseChoice.fromEnvironment(env)) {
      assertThat(choice.properties()).doesNotContainKey("flyway.datasources.migrations.url");
    }
  }

  @Test
  void a_migration_url_without_a_database_url_is_refused_before_anything_starts() {
    assertThatThrownBy(
            () -> DatabaseChoice.fromEnvironment(Map.of("CRMS_MIGRATION_DATABASE_URL", OWNER_URL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DATABASE_URL");
  }

  @Test
  void a_malformed_migration_url_is_refused_with_a_message_for_the_operator() {
    var env = Map.of("DATABASE_URL", APP_URL, "CRMS_MIGRATION_DATABASE_URL", "mysql://x/y");

    assertThatThrownBy(() -> DatabaseChoice.fromEnvironment(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start with");
  }
}
