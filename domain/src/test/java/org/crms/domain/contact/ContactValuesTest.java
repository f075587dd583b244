package org.crms.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContactValuesTest {
  @Nested
  class givenEachMethod_labelling_givesTheNamePeopleSee {
    @Test
    void labels() {
      assertThat(Arrays.stream(ContactMethod.values()).map(ContactMethod::label))
          .containsExactly("Phone", "Email", "Letter", "SMS", "In person", "Other");
    }
  }

  @Nested
  class givenEachOutcome_labelling_givesTheNamePeopleSee {
    @Test
    void labels() {
      assertThat(Arrays.stream(ContactOutcome.values()).map(ContactOutcome::label))
          .containsExactly("Contact successful", "Awaiting response", "No contact possible");
    }

    @Test
    void onlyAwaitingResponseRequiresAFollowUp() {
      assertThat(Arrays.stream(ContactOutcome.values()).filter(ContactOutcome::requiresFollowUp))
          .containsExactly(ContactOutcome.AWAITING_RESPONSE);
    }
  }

  @Nested
  class givenNewIds_creating_givesDistinctNonNullIds {
    @Test
    void distinct() {
      assertThat(ContactRecordId.newId()).isNotEqualTo(ContactRecordId.newId());
      assertThatNullPointerException().isThrownBy(() -> new ContactRecordId(null));
    }
  }
}
