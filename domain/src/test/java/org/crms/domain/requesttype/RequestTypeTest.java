package org.crms.domain.requesttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestTypeTest {
  private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
  private final Actor limited = new Actor(UserId.newId(), Role.LIMITED);
  private final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

  private RequestType seo() {
    return RequestType.define(
        RequestTypeDetails.parse("SEO Tech Check", null, 14, true), limited, T0);
  }

  @Nested
  class givenRawInput_parsing_reportsEveryBadField {
    @Test
    void reportsAll() {
      assertThatThrownBy(() -> RequestTypeDetails.parse(" ", "d".repeat(10_001), 366, true))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidValueException) e).violations())
                      .extracting(FieldViolation::field)
                      .containsExactly("name", "description", "targetDays"));
    }

    @Test
    void targetDaysRangeIsOneTo365() {
      assertThat(RequestTypeDetails.parse("a", null, 1, true).target()).isPresent();
      assertThat(RequestTypeDetails.parse("a", null, 365, true).target()).isPresent();
      assertThat(RequestTypeDetails.parse("a", null, null, true).target()).isEmpty();
      assertThatThrownBy(() -> new TargetDays(0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void targetDaysCountFromTheCreationDayInUtc() {
      assertThat(new TargetDays(1).dueFrom(Instant.parse("2026-05-04T23:59:59Z")))
          .isEqualTo(LocalDate.parse("2026-05-05"));
    }
  }

  @Nested
  class givenAType_revising_reportsWhatChanged {
    @Test
    void reports() {
      var type = seo();
      assertThat(
              type.revise(
                  RequestTypeDetails.parse("SEO Tech Check", "Monthly", 7, false), admin, T0))
          .containsExactly(
              new FieldChange("description", null, "Monthly"),
              new FieldChange("targetDays", "14", "7"),
              new FieldChange("active", "true", "false"));
      assertThat(type.describeCreation())
          .extracting(FieldChange::field)
          .contains("name", "targetDays");
    }
  }

  @Nested
  class givenATypeInUse_deleting_isAConflictNamingTheAlternative {
    @Test
    void refused() {
      var type = seo();
      assertThatThrownBy(() -> type.delete(admin, 2, T0))
          .isInstanceOf(TypeStillInUseException.class)
          .hasMessageContaining("2 requests")
          .hasMessageContaining("deactivate it instead");
      assertThat(type.isDeleted()).isFalse();
    }
  }

  @Nested
  class givenAnUnusedType_deletingAndRestoring_isForAdminsOnly {
    @Test
    void roundTrips() {
      var type = seo();
      assertThatThrownBy(() -> type.delete(limited, 0, T0))
          .isInstanceOf(PermissionDeniedException.class);
      type.delete(admin, 0, T0);
      assertThat(type.isDeleted()).isTrue();
      type.restore(admin, T0);
      assertThat(type.isDeleted()).isFalse();
      assertThatThrownBy(() -> type.restore(admin, T0))
          .isInstanceOf(RequestTypeNotDeletedException.class);
    }
  }
}
