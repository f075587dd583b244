package org.crms.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.domain.request.ClientRequestFixtures.detailsFor;

import java.time.LocalDate;
import org.crms.domain.client.ClientId;
import org.crms.domain.requesttype.RequestTypeId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestDetailsTest {
  private final RequestDetails details =
      detailsFor(ClientId.newId(), RequestTypeId.newId(), "Fix the plugin");

  @Nested
  class givenDetails_changingOneField_keepsEveryOther {
    @Test
    void priority() {
      var next = details.withPriority(Priority.URGENT);
      assertThat(next.priority()).isEqualTo(Priority.URGENT);
      assertThat(next.withPriority(details.priority())).isEqualTo(details);
    }

    @Test
    void dueDate() {
      var next = details.withDueOn(LocalDate.parse("2026-06-01"));
      assertThat(next.dueOn()).isEqualTo(LocalDate.parse("2026-06-01"));
      assertThat(next.withDueOn(null)).isEqualTo(details);
    }

    @Test
    void type() {
      var type = RequestTypeId.newId();
      var next = details.withType(type);
      assertThat(next.typeId()).isEqualTo(type);
      assertThat(next.withType(details.typeId())).isEqualTo(details);
    }
  }
}
