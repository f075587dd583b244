package org.crms.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.domain.client.ClientFixtures.aLimitedUser;
import static org.crms.domain.client.ClientFixtures.anAdmin;
import static org.crms.domain.contact.ContactFixtures.CONTACTED;
import static org.crms.domain.contact.ContactFixtures.NOW;
import static org.crms.domain.contact.ContactFixtures.aLoggedContact;
import static org.crms.domain.contact.ContactFixtures.anAwaitingContact;
import static org.crms.domain.contact.ContactFixtures.input;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.crms.domain.shared.ConflictException;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.Permission;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRecordTest {
  private static final Instant LATER = NOW.plusSeconds(600);

  @Nested
  class givenValidDetails_logging_stampsTheLoggerAndStartsAtVersionZero {
    @Test
    void logs() {
      var logger = aLimitedUser();
      var contact = ContactRecord.log(input().parse(), logger, NOW);

      assertThat(contact.id()).isNotNull();
      assertThat(contact.created()).isEqualTo(new Stamp(NOW, logger.userId()));
      assertThat(contact.updated()).isEqualTo(new Stamp(NOW, logger.userId()));
      assertThat(contact.isDeleted()).isFalse();
      assertThat(contact.deleted()).isEmpty();
      assertThat(contact.version()).isZero();
    }

    @Test
    void describesEveryFieldAsAChangeFromNothing() {
      var requestId = UUID.randomUUID();
      var details =
          input()
              .outcome(ContactOutcome.AWAITING_RESPONSE)
              .followUpOn(LocalDate.of(2026, 1, 12))
              .requestId(requestId)
              .parse();

      assertThat(ContactRecord.log(details, anAdmin(), NOW).describeCreation())
          .containsExactly(
              new FieldChange("paymentReference", null, "PAY-2026-0042"),
              new FieldChange("firstName", null, "Ada"),
              new FieldChange("lastName", null, "Lovelace"),
              new FieldChange("method", null, "PHONE"),
              new FieldChange("contactedAt", null, "2026-01-05T09:00:00Z"),
              new FieldChange("outcome", null, "AWAITING_RESPONSE"),
              new FieldChange("followUpOn", null, "2026-01-12"),
              new FieldChange("notes", null, "Called about the rejected payment; card replaced."),
              new FieldChange("requestId", null, requestId.toString()));
    }

    @Test
    void leavesFieldsWithoutAValueOutOfTheDescription() {
      assertThat(aLoggedContact().describeCreation())
          .extracting(FieldChange::field)
          .doesNotContain("followUpOn", "requestId")
          .hasSize(7);
    }
  }

  @Nested
  class givenAContact_revising_reportsOnlyWhatChangedAndStampsTheActor {
    @Test
    void reportsChangedFields() {
      var contact = aLoggedContact();
      var creator = contact.created();
      var editor = aLimitedUser();
      var next =
          input()
              .method(ContactMethod.EMAIL)
              .outcome(ContactOutcome.AWAITING_RESPONSE)
              .followUpOn(LocalDate.of(2026, 1, 9))
              .parse();

      var changes = contact.revise(next, editor, LATER);

      assertThat(changes)
          .containsExactly(
              new FieldChange("method", "PHONE", "EMAIL"),
              new FieldChange("outcome", "CONTACT_SUCCESSFUL", "AWAITING_RESPONSE"),
              new FieldChange("followUpOn", null, "2026-01-09"));
      assertThat(contact.details()).isEqualTo(next);
      assertThat(contact.updated()).isEqualTo(new Stamp(LATER, editor.userId()));
      assertThat(contact.created()).isEqualTo(creator);
    }

    @Test
    void stampsTheActorNotTheCreator() {
      var admin = anAdmin();
      var contact = ContactRecord.log(input().parse(), admin, NOW);
      var editor = aLimitedUser();

      contact.revise(input().notes("Called back; all settled.").parse(), editor, LATER);

      assertThat(contact.updated().by()).isEqualTo(editor.userId()).isNotEqualTo(admin.userId());
      assertThat(contact.created().by()).isEqualTo(admin.userId());
    }

    @Test
    void equalDetailsChangeAndStampNothing() {
      var contact = aLoggedContact();
      var before = contact.updated();

      assertThat(contact.revise(input().parse(), aLimitedUser(), LATER)).isEmpty();
      assertThat(contact.updated()).isEqualTo(before);
    }
  }

  @Nested
  class givenALimitedUser_deletingOrRestoring_isDeniedAndChangesNothing {
    @Test
    void mayNotDelete() {
      var contact = aLoggedContact();
      var before = contact.updated();

      assertThatThrownBy(() -> contact.delete(aLimitedUser(), LATER))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class,
              e -> assertThat(e.permission()).isEqualTo(Permission.DELETE_RECORDS));
      assertThat(contact.isDeleted()).isFalse();
      assertThat(contact.updated()).isEqualTo(before);
    }

    @Test
    void mayNotRestore() {
      var contact = aLoggedContact();
      contact.delete(anAdmin(), LATER);

      assertThatThrownBy(() -> contact.restore(aLimitedUser(), LATER.plusSeconds(1)))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(contact.isDeleted()).isTrue();
    }
  }

  @Nested
  class givenAnAdmin_deletingThenRestoring_roundTrips {
    @Test
    void roundTrips() {
      var contact = aLoggedContact();
      var admin = anAdmin();

      contact.delete(admin, LATER);
      assertThat(contact.isDeleted()).isTrue();
      assertThat(contact.deleted()).contains(new Stamp(LATER, admin.userId()));
      assertThat(contact.updated()).isEqualTo(new Stamp(LATER, admin.userId()));

      var restorer = anAdmin();
      contact.restore(restorer, LATER.plusSeconds(5));
      assertThat(contact.isDeleted()).isFalse();
      assertThat(contact.deleted()).isEmpty();
      assertThat(contact.updated()).isEqualTo(new Stamp(LATER.plusSeconds(5), restorer.userId()));
    }

    @Test
    void restoringALiveRecordIsAConflict() {
      var contact = aLoggedContact();
      assertThatThrownBy(() -> contact.restore(anAdmin(), LATER))
          .isInstanceOf(ContactRecordNotDeletedException.class)
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining(contact.id().toString());
    }
  }

  @Nested
  class givenAnAwaitingContact_checkingTheFollowUp_isDueOnlyOnceItsDateHasPassed {
    private final LocalDate followUp = LocalDate.of(2026, 1, 12);

    @Test
    void isAwaitingResponse() {
      assertThat(anAwaitingContact(followUp).isAwaitingResponse()).isTrue();
      assertThat(aLoggedContact().isAwaitingResponse()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-05", "2026-01-11", "2026-01-12"})
    void notDueUntilTheDayAfter(String today) {
      assertThat(anAwaitingContact(followUp).isFollowUpDue(LocalDate.parse(today))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-13", "2026-06-01"})
    void dueOnceTheDateHasPassed(String today) {
      assertThat(anAwaitingContact(followUp).isFollowUpDue(LocalDate.parse(today))).isTrue();
    }

    @Test
    void neverDueForOtherOutcomes() {
      var details =
          input().outcome(ContactOutcome.NO_CONTACT_POSSIBLE).followUpOn(followUp).parse();
      var contact = ContactRecord.log(details, anAdmin(), NOW);
      assertThat(contact.isFollowUpDue(followUp.plusDays(30))).isFalse();
    }

    @Test
    void answeringTheContactEndsTheWait() {
      var contact = anAwaitingContact(followUp);
      contact.revise(input().followUpOn(followUp).parse(), aLimitedUser(), LATER);
      assertThat(contact.isAwaitingResponse()).isFalse();
      assertThat(contact.isFollowUpDue(followUp.plusDays(1))).isFalse();
    }
  }

  @Nested
  class givenStoredState_reconstituting_keepsItAsStored {
    @Test
    void keepsEverything() {
      var id = ContactRecordId.newId();
      var details = input().parse();
      var created = new Stamp(CONTACTED, UserId.newId());
      var updated = new Stamp(NOW, UserId.newId());
      var deleted = new Stamp(LATER, UserId.newId());

      var contact = ContactRecord.reconstitute(id, details, created, updated, deleted, 7);

      assertThat(contact.id()).isEqualTo(id);
      assertThat(contact.details()).isEqualTo(details);
      assertThat(contact.created()).isEqualTo(created);
      assertThat(contact.updated()).isEqualTo(updated);
      assertThat(contact.deleted()).contains(deleted);
      assertThat(contact.version()).isEqualTo(7);
    }

    @Test
    void stillRefusesNulls() {
      var stamp = new Stamp(NOW, UserId.newId());
      assertThatNullPointerException()
          .isThrownBy(
              () -> ContactRecord.reconstitute(null, input().parse(), stamp, stamp, null, 0));
      assertThatNullPointerException()
          .isThrownBy(
              () ->
                  ContactRecord.reconstitute(ContactRecordId.newId(), null, stamp, stamp, null, 0));
    }
  }
}
