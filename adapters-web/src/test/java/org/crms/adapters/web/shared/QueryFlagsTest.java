package org.crms.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crms.adapters.web.error.BadRequestException;
import org.junit.jupiter.api.Test;

class QueryFlagsTest {

  @Test
  void trueFalseAndAbsent_areRead() {
    assertThat(QueryFlags.parse("active", "true")).isTrue();
    assertThat(QueryFlags.parse("active", "FALSE")).isFalse();
    assertThat(QueryFlags.parse("active", null)).isNull();
    assertThat(QueryFlags.parse("active", "")).isNull();
  }

  @Test
  void anyOtherWord_isABadRequestNamingTheParameter() {
    assertThatThrownBy(() -> QueryFlags.parse("active", "yes"))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).isEqualTo("active"));
  }
}
