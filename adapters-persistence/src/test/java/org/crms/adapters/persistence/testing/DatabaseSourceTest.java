package org.crms.adapters.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class DatabaseSourceTest {
  private static final BooleanSupplier DOCKER_MUST_NOT_BE_ASKED =
      () -> fail("the Docker probe was asked");

  @Test
  void an_explicit_url_wins_and_docker_is_not_even_asked() {
    var environment =
        Map.of(
            DatabaseSource.URL_VARIABLE, "jdbc:postgresql://db.example:5433/crms_test",
            DatabaseSource.USER_VARIABLE, "crms",
            DatabaseSource.PASSWORD_VARIABLE, "secret");

    var source = DatabaseSource.choose(environment, DOCKER_MUST_NOT_BE_ASKED);

    assertThat(source)
        .isEqualTo(
            new DatabaseSource.ExplicitUrl(
                "jdbc:postgresql://db.example:5433/crms_test", "crms", "secret"));
  }

  @Test
  void an_explicit_url_without_credentials_leaves_them_to_the_url() {
    var url = "jdbc:postgresql://db.example/crms?user=a&password=b";

    var source =
        DatabaseSource.choose(Map.of(DatabaseSource.URL_VARIABLE, url), DOCKER_MUST_NOT_BE_ASKED);

    assertThat(source).isEqualTo(new DatabaseSource.ExplicitUrl(url, null, null));
  }

  @Test
  void testcontainers_is_chosen_when_a_docker_daemon_answers() {
    var source = DatabaseSource.choose(Map.of(), () -> true);

    assertThat(source)
        .isEqualTo(new DatabaseSource.Container(DatabaseSource.Container.DEFAULT_IMAGE));
  }

  @Test
  void a_blank_url_counts_as_none() {
    var source = DatabaseSource.choose(Map.of(DatabaseSource.URL_VARIABLE, "  "), () -> true);

    assertThat(source).isInstanceOf(DatabaseSource.Container.class);
  }

  @Test
  void embedded_is_chosen_without_a_url_and_without_docker() {
    var source =
        DatabaseSource.choose(
            Map.of(DatabaseSource.USER_VARIABLE, "ignored without a URL"), () -> false);

    assertThat(source).isEqualTo(new DatabaseSource.Embedded());
  }
}
