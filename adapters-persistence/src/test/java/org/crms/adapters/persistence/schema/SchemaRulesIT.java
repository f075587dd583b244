package org.crms.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
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

  private UUID anyUser() {
    var id = UUID.randomUUID();
    dsl.execute(
        "insert into app_user (id, username, email, role, active, password_hash, created_at)"
            + " values (?, ?, ?, 'LIMITED', true, 'h', now())",
        id,
        "u" + id.toString().substring(0, 12),
        id + "@example.org");
    return id;
  }

  private int insertToken(String kind, String name) {
    return dsl.execute(
        "insert into access_token (id, user_id, token_hash, kind, name, issued_at, expires_at)"
            + " values (?, ?, ?, ?, ?, now(), now() + interval '1 day')",
        UUID.randomUUID(),
        anyUser(),
        UUID.randomUUID().toString(),
        kind,
        name);
  }

  @Test
  void a_personal_token_without_a_name_is_refused() {
    assertThatThrownBy(() -> insertToken("PERSONAL", null))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("access_token_personal_needs_name");
  }

  @Test
  void a_session_with_a_name_is_refused() {
    assertThatThrownBy(() -> insertToken("SESSION", "my session"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("access_token_only_personal_named");
    assertThatThrownBy(() -> insertToken("BROWSER", "my browser"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("access_token_only_personal_named");
  }

  @Test
  void an_unknown_token_kind_code_is_refused() {
    assertThatThrownBy(() -> insertToken("FOREVER", "x"))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("access_token_kind_code");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 101})
  void a_token_name_of_blanks_only_or_over_100_characters_is_refused(int length) {
    var name = length == 0 ? "   " : "ü".repeat(length);
    assertThatThrownBy(() -> insertToken("PERSONAL", name))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("access_token_name_length");
  }

  @Test
  void a_personal_token_name_of_100_characters_is_accepted_and_a_session_defaults_to_its_kind() {
    assertThatCode(() -> insertToken("PERSONAL", "😀".repeat(100))).doesNotThrowAnyException();
    var id = UUID.randomUUID();
    dsl.execute(
        "insert into access_token (id, user_id, token_hash, issued_at, expires_at)"
            + " values (?, ?, ?, now(), now() + interval '1 day')",
        id,
        anyUser(),
        id.toString());
    assertThat(dsl.fetchValue("select kind from access_token where id = ?", id))
        .isEqualTo("SESSION");
  }
}
