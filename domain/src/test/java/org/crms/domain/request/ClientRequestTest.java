package org.crms.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.crms.domain.client.ClientId;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.requesttype.TargetDays;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientRequestTest {
  private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
  private static final Instant T1 = T0.plus(Duration.ofHours(2));
  private final Actor limited = new Actor(UserId.newId(), Role.LIMITED);
  private final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

  private static RequestDetails details(String title, LocalDate dueOn) {
    return RequestDetails.parse(
        ClientId.newId(), RequestTypeId.newId(), title, null, "PAY-123", null, dueOn);
  }

  private ClientRequest aRequestIn(RequestStatus status) {
    var request = ClientRequest.open(details("Fix the plugin", null), null, limited, T0);
    switch (status) {
      case PENDING -> {}
      case IN_PROGRESS -> request.start(limited, T0);
      case COMPLETED -> {
        request.start(limited, T0);
        request.complete(limited, T0);
      }
    }
    return request;
  }

  /** Every cell of the workflow table of SPEC §1. */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(RequestStatus.PENDING, RequestStatus.PENDING, false),
        Arguments.of(RequestStatus.PENDING, RequestStatus.IN_PROGRESS, true),
        Arguments.of(RequestStatus.PENDING, RequestStatus.COMPLETED, false),
        Arguments.of(RequestStatus.IN_PROGRESS, RequestStatus.PENDING, true),
        Arguments.of(RequestStatus.IN_PROGRESS, RequestStatus.IN_PROGRESS, false),
        Arguments.of(RequestStatus.IN_PROGRESS, RequestStatus.COMPLETED, true),
        Arguments.of(RequestStatus.COMPLETED, RequestStatus.PENDING, false),
        Arguments.of(RequestStatus.COMPLETED, RequestStatus.IN_PROGRESS, true),
        Arguments.of(RequestStatus.COMPLETED, RequestStatus.COMPLETED, false));
  }

  @Nested
  class givenAnyStatus_movingToAnother_followsTheTable {
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("org.crms.domain.request.ClientRequestTest#table")
    void followsTheTable(RequestStatus from, RequestStatus to, boolean allowed) {
      var request = aRequestIn(from);
      var before = request.updated();
      if (allowed) {
        var change = request.moveTo(to, limited, T1);
        assertThat(change)
            .isEqualTo(new StatusChanged(request.id(), from, to, limited.userId(), T1));
        assertThat(request.status()).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> request.moveTo(to, limited, T1))
            .isInstanceOf(IllegalStatusTransitionException.class)
            .hasMessageContaining(from.label())
            .hasMessageContaining(to.label());
        assertThat(request.status()).isEqualTo(from);
        assertThat(request.updated()).isEqualTo(before);
      }
    }
  }

  @Nested
  class givenAPendingRequest_workingItThrough_stampsTheTimes {
    @Test
    void stamps() {
      var request = aRequestIn(RequestStatus.PENDING);
      request.start(limited, T1);
      assertThat(request.startedAt()).contains(T1);
      request.complete(admin, T1.plusSeconds(60));
      assertThat(request.completedAt()).contains(T1.plusSeconds(60));
      assertThat(request.updated().by()).isEqualTo(admin.userId());

      request.reopen(limited, T1.plusSeconds(120));
      assertThat(request.status()).isEqualTo(RequestStatus.IN_PROGRESS);
      assertThat(request.completedAt()).isEmpty();
      assertThat(request.startedAt()).as("reopening keeps when work began").contains(T1);

      request.putBack(limited, T1.plusSeconds(180));
      assertThat(request.status()).isEqualTo(RequestStatus.PENDING);
      assertThat(request.startedAt()).isEmpty();
    }
  }

  @Nested
  class givenANamedMove_fromTheWrongStatus_isRefusedNamingBothStatuses {
    @Test
    void refused() {
      var pending = aRequestIn(RequestStatus.PENDING);
      assertThatThrownBy(() -> pending.reopen(limited, T1))
          .isInstanceOf(IllegalStatusTransitionException.class)
          .hasMessageContaining("Pending")
          .hasMessageContaining("In Progress");
      assertThatThrownBy(() -> pending.complete(limited, T1))
          .hasMessageContaining("cannot move from Pending to Completed");
      var completed = aRequestIn(RequestStatus.COMPLETED);
      assertThatThrownBy(() -> completed.start(limited, T1))
          .isInstanceOf(IllegalStatusTransitionException.class);
      assertThat(pending.status()).isEqualTo(RequestStatus.PENDING);
    }
  }

  @Nested
  class givenARequestType_withATarget_setsTheDueDate {
    @Test
    void defaultsFromTheType() {
      var request = ClientRequest.open(details("x", null), new TargetDays(3), limited, T0);
      assertThat(request.details().dueOn()).isEqualTo(LocalDate.parse("2026-05-07"));
    }

    @Test
    void anExplicitDueDateWins() {
      var request =
          ClientRequest.open(
              details("x", LocalDate.parse("2026-06-01")), new TargetDays(3), limited, T0);
      assertThat(request.details().dueOn()).isEqualTo(LocalDate.parse("2026-06-01"));
    }

    @Test
    void noTargetNoDueDate() {
      assertThat(ClientRequest.open(details("x", null), null, limited, T0).details().due())
          .isEmpty();
    }
  }

  @Nested
  class givenADueDate_askingIfOverdue_derivesItFromToday {
    @Test
    void derives() {
      var request =
          ClientRequest.open(details("x", LocalDate.parse("2026-05-10")), null, limited, T0);
      assertThat(request.isOverdue(LocalDate.parse("2026-05-10"))).isFalse();
      assertThat(request.isOverdue(LocalDate.parse("2026-05-11"))).isTrue();
      request.start(limited, T1);
      request.complete(limited, T1);
      assertThat(request.isOverdue(LocalDate.parse("2026-05-11"))).as("completed").isFalse();
    }
  }

  @Nested
  class givenRawInput_parsing_reportsEveryBadField {
    @Test
    void reportsAll() {
      assertThatThrownBy(
              () ->
                  RequestDetails.parse(
                      null, null, " ", "d".repeat(10_001), "r".repeat(256), null, null))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidValueException) e).violations())
                      .extracting(FieldViolation::field)
                      .containsExactly("title", "description", "reference", "clientId", "typeId"));
    }

    @Test
    void boundariesAreInclusive() {
      var details =
          RequestDetails.parse(
              ClientId.newId(),
              RequestTypeId.newId(),
              "t".repeat(200),
              "d".repeat(10_000),
              "r".repeat(255),
              null,
              null);
      assertThat(details.priority()).isEqualTo(Priority.NORMAL);
      assertThatThrownBy(
              () ->
                  RequestDetails.parse(
                      ClientId.newId(),
                      RequestTypeId.newId(),
                      "t".repeat(201),
                      null,
                      null,
                      null,
                      null))
          .hasMessageContaining("title");
    }
  }

  @Nested
  class givenARequest_revisingAndAssigning_reportsChanges {
    @Test
    void reports() {
      var request = aRequestIn(RequestStatus.PENDING);
      var next =
          new RequestDetails(
              request.details().clientId(),
              request.details().typeId(),
              "Fix it now",
              null,
              "PAY-123",
              Priority.URGENT,
              null);
      assertThat(request.revise(next, limited, T1))
          .containsExactly(
              new FieldChange("title", "Fix the plugin", "Fix it now"),
              new FieldChange("priority", "NORMAL", "URGENT"));
      var owner = UserId.newId();
      assertThat(request.assignTo(owner, limited, T1))
          .containsExactly(new FieldChange("owner", null, owner.toString()));
      assertThat(request.assignTo(owner, limited, T1)).isEmpty();
      assertThat(request.describeCreation())
          .extracting(FieldChange::field)
          .contains("title", "status");
    }
  }

  @Nested
  class givenALimitedUser_deleting_isDenied_andAnAdminRoundTrips {
    @Test
    void deleteAndRestore() {
      var request = aRequestIn(RequestStatus.PENDING);
      assertThatThrownBy(() -> request.delete(limited, T1))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(request.isDeleted()).isFalse();
      request.delete(admin, T1);
      assertThat(request.isDeleted()).isTrue();
      request.restore(admin, T1);
      assertThat(request.isDeleted()).isFalse();
      assertThatThrownBy(() -> request.restore(admin, T1))
          .isInstanceOf(RequestNotDeletedException.class);
    }
  }
}
