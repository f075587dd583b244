package org.crms.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks the schema makes on its own, for writers that bypass the domain. */
class SchemaRulesIT {
  private final DSLContext dsl = TestDatabase.shared().dsl();

  private int insertUser(String username, String role) {
    return dsl.execute(
        "insert into app_user (id, username, email, role, active, password_hash, created_at)"
            + " values (?, ?, ?, ?, true, 'h', now())",
        UUID.randomUUID(),
        username,
        UUID.randomUUID() + "@example.org",
        role);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcd", "abcdefghijklmnopqrstu", "has space", "semi;colon", "ümlaut"})
  void usernames_of_the_wrong_length_or_characters_are_refused(String username) {
    assertThatThrownBy(() -> insertUser(username, "ADMIN"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("app_user_username_");
  }

  @Test
  void a_username_of_the_allowed_characters_is_accepted() {
    var unique = Long.toString(System.nanoTime() % 1_000_000_000L);
    assertThatCode(() -> insertUser("A.b+c_d-e@" + unique, "LIMITED")).doesNotThrowAnyException();
  }

  @Test
  void an_unknown_role_code_is_refused() {
    assertThatThrownBy(() -> insertUser("u" + System.nanoTime() % 1_000_000_000L, "ROOT"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("app_user_role_code");
  }

  @Test
  void a_client_name_of_blanks_only_is_refused() {
    assertThatThrownBy(
            () ->
                dsl.execute(
                    "insert into client (id, name, created_at, updated_at) values (?, '   ', now(), now())",
                    UUID.randomUUID()))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("client_name_length");
  }
}
