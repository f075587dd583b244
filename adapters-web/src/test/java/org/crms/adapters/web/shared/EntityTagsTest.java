package org.crms.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crms.adapters.web.error.PreconditionRequiredException;
import org.crms.domain.shared.StaleAggregateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagsTest {

  @ParameterizedTest
  @ValueSource(strings = {"\"7\"", " \"7\" "})
  void aStrongETagOfOurs_givesItsVersion(String ifMatch) {
    assertThat(EntityTags.expectedVersion(ifMatch, "Client", "c-1")).isEqualTo(7);
    assertThat(EntityTags.of(7)).isEqualTo("\"7\"");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "*"})
  void noETag_isRefusedAsPreconditionRequired(String ifMatch) {
    assertThatThrownBy(() -> EntityTags.expectedVersion(ifMatch, "Client", "c-1"))
        .isInstanceOf(PreconditionRequiredException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"7", "W/\"7\"", "\"-1\"", "\"7\", \"8\"", "\"99999999999999999999\"", "\"seven\""})
  void anythingElse_cannotMatch_andIsStale(String ifMatch) {
    assertThatThrownBy(() -> EntityTags.expectedVersion(ifMatch, "Client", "c-1"))
        .isInstanceOf(StaleAggregateException.class);
  }
}
