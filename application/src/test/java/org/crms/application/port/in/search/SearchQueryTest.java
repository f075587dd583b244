package org.crms.application.port.in.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {
  private final Actor actor = new Actor(UserId.newId(), Role.LIMITED);

  @Test
  void the_text_is_stripped_and_ten_hits_of_each_kind_are_the_default() {
    var query = SearchQuery.parse(actor, "  PAY-2026 \t", null);

    assertThat(query.terms().text()).isEqualTo("PAY-2026");
    assertThat(query.limit()).isEqualTo(10);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void a_missing_or_blank_text_is_refused_naming_q(String q) {
    assertThatThrownBy(() -> SearchQuery.parse(actor, q, 5))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new FieldViolation("q", "This field is required.")));
  }

  @Test
  void two_hundred_characters_are_accepted_and_one_more_is_refused() {
    assertThat(SearchQuery.parse(actor, "x".repeat(200), null).terms().text()).hasSize(200);
    assertThatThrownBy(() -> SearchQuery.parse(actor, "x".repeat(201), null))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("q"));
  }

  @Test
  void the_limit_is_one_to_fifty_and_every_invalid_field_is_reported_at_once() {
    assertThat(SearchQuery.parse(actor, "a", 1).limit()).isEqualTo(1);
    assertThat(SearchQuery.parse(actor, "a", 50).limit()).isEqualTo(50);
    assertThatThrownBy(() -> SearchQuery.parse(actor, "a", 51))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> SearchQuery.parse(actor, " ", 0))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("q", "limit"));
  }

  @Test
  void fragments_are_matched_from_three_characters_on_counted_as_code_points() {
    assertThat(new SearchTerms("ab").matchesFragments()).isFalse();
    assertThat(new SearchTerms(" ab ").matchesFragments()).isFalse();
    assertThat(new SearchTerms("abc").matchesFragments()).isTrue();
    // Two characters outside the basic plane are four UTF-16 units, still two characters.
    assertThat(new SearchTerms("\uD83D\uDE00\uD83D\uDE01").matchesFragments()).isFalse();
  }
}
