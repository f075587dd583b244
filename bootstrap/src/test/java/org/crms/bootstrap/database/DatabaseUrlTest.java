package org.crms.bootstrap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void reads_the_url_form_hosting_platforms_hand_out() {
    var url =
        DatabaseUrl.parse("postgres://crms:s3cr%40t@db.internal:6543/crms_prod?sslmode=require");
    assertThat(url.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.internal:6543/crms_prod?sslmode=require");
    assertThat(url.username()).isEqualTo("crms");
    assertThat(url.password()).isEqualTo("s3cr@t");
  }

  @Test
  void defaults_the_port_and_accepts_the_postgresql_scheme_and_no_password() {
    var url = DatabaseUrl.parse("postgresql://crms@localhost/crms");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/crms");
    assertThat(url.username()).isEqualTo("crms");
    assertThat(url.password()).isNull();
  }

  @Test
  void keeps_a_plus_in_a_password_literal() {
    assertThat(DatabaseUrl.parse("postgres://u:a+b@h/db").password()).isEqualTo("a+b");
  }

  @Test
  void passes_a_jdbc_url_through() {
    var url = DatabaseUrl.parse(" jdbc:postgresql://h:5432/db?user=u&password=p ");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=p");
    assertThat(url.username()).isNull();
    assertThat(url.toString()).doesNotContain("password=p");
  }

  @Test
  void refuses_what_it_cannot_use_with_a_clear_message() {
    assertThatThrownBy(() -> DatabaseUrl.parse("mysql://h/db"))
        .hasMessageContaining("must start with postgres://");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u@h"))
        .hasMessageContaining("names no database");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres:///db"))
        .hasMessageContaining("names no host");
    assertThatThrownBy(() -> DatabaseUrl.parse("")).hasMessageContaining("empty");
  }

  @Test
  void the_password_never_shows_in_the_text_form() {
    assertThat(DatabaseUrl.parse("postgres://u:hunter2hunter2@h/db").toString())
        .doesNotContain("hunter2");
  }

  @Test
  void the_data_directory_defaults_under_the_home_directory() {
    assertThat(DatabaseChoice.dataDirectory(Map.of()).toString()).endsWith(".crms/postgres");
    assertThat(DatabaseChoice.dataDirectory(Map.of("CRMS_DATA_DIR", "/var/lib/crms")).toString())
        .isEqualTo("/var/lib/crms");
  }
}
