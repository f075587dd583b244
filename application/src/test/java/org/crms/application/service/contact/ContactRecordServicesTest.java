package org.crms.application.service.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.domain.client.ClientFixtures.aLimitedUser;
import static org.crms.domain.client.ClientFixtures.anAdmin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryContactRecordRepository;
import org.crms.application.fakes.RecordingAuditTrail;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordInput;
import org.crms.application.port.in.contact.ContactRecordNotFoundException;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.DeleteContactRecordCommand;
import org.crms.application.port.in.contact.GetContactRecordQuery;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.LogContactCommand;
import org.crms.application.port.in.contact.RestoreContactRecordCommand;
import org.crms.application.port.in.contact.UpdateContactRecordCommand;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.contact.ContactRecord;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.contact.ContactRecordNotDeletedException;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContactRecordServicesTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private static final Instant EARLIER = Instant.parse("2026-03-30T09:30:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryContactRecordRepository records = new InMemoryContactRecordRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final ContactRecordService service =
      new ContactRecordService(records, audit, unitOfWork, clock);
  private final ContactRecordTrashService trash =
      new ContactRecordTrashService(records, audit, unitOfWork, clock);
  private final ContactRecordQueryService query =
      new ContactRecordQueryService(records, unitOfWork, clock);
  private final Actor limited = aLimitedUser();

  private static ContactRecordInput input(Instant contactedAt) {
    return input(contactedAt, ContactOutcome.CONTACT_SUCCESSFUL, null, null);
  }

  private static ContactRecordInput input(
      Instant contactedAt, ContactOutcome outcome, LocalDate followUpOn, ClientRequestId request) {
    return new ContactRecordInput(
        "PAY-2026-0042",
        "Ada",
        "Lovelace",
        ContactMethod.PHONE,
        contactedAt,
        outcome,
        followUpOn,
        "Called about the rejected payment.",
        request);
  }

  private ContactRecord logged(ContactRecordInput input) {
    return service.log(new LogContactCommand(limited, input));
  }

  private static String fieldOf(InvalidValueException e) {
    return e.violations().getFirst().field();
  }

  @Nested
  class logging {
    @Test
    void stores_a_contact_made_now_when_no_time_is_given_and_audits_every_field() {
      var record = logged(input(null));

      assertThat(record.details().contactedAt()).isEqualTo(NOW);
      assertThat(record.created().by()).isEqualTo(limited.userId());
      assertThat(record.updated().by()).isEqualTo(limited.userId());
      assertThat(records.findById(record.id())).isPresent();
      assertThat(audit.last().action()).isEqualTo(AuditAction.CREATED);
      assertThat(audit.last().itemType()).isEqualTo(ItemType.CONTACT_RECORD);
      assertThat(audit.last().itemId()).isEqualTo(record.id().value());
      assertThat(audit.last().actor()).isEqualTo(limited.userId());
      assertThat(audit.last().changes())
          .contains(
              new FieldChange("paymentReference", null, "PAY-2026-0042"),
              new FieldChange("contactedAt", null, NOW.toString()),
              new FieldChange("outcome", null, "CONTACT_SUCCESSFUL"));
      assertThat(unitOfWork.writes()).isEqualTo(1);
    }

    @Test
    void keeps_a_time_in_the_past_and_accepts_now_itself() {
      assertThat(logged(input(EARLIER)).details().contactedAt()).isEqualTo(EARLIER);
      assertThat(logged(input(NOW)).details().contactedAt()).isEqualTo(NOW);
    }

    @Test
    void refuses_a_contact_in_the_future_and_stores_nothing() {
      assertThatThrownBy(() -> logged(input(NOW.plusSeconds(1))))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(fieldOf(e)).isEqualTo("contactedAt"));
      assertThat(audit.events()).isEmpty();
      assertThat(query.list(listQuery(false, false)).items()).isEmpty();
    }

    @Test
    void refuses_awaiting_a_response_without_a_follow_up_date() {
      var awaiting = input(EARLIER, ContactOutcome.AWAITING_RESPONSE, null, null);

      assertThatThrownBy(() -> logged(awaiting))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(fieldOf(e)).isEqualTo("followUpOn"));
    }

    @Test
    void links_a_live_request() {
      var request = ClientRequestId.newId();
      records.storeLiveRequest(request);

      var record = logged(input(EARLIER, ContactOutcome.CONTACT_SUCCESSFUL, null, request));

      assertThat(record.details().requestId()).isEqualTo(request.value());
    }

    @Test
    void refuses_a_request_that_is_not_live_together_with_every_other_invalid_field() {
      var unknown =
          new ContactRecordInput(
              " ",
              "Ada",
              "Lovelace",
              ContactMethod.PHONE,
              NOW.plusSeconds(60),
              ContactOutcome.CONTACT_SUCCESSFUL,
              null,
              "Notes",
              ClientRequestId.newId());

      assertThatThrownBy(() -> logged(unknown))
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(FieldViolation::field)
                      .containsExactly("paymentReference", "contactedAt", "requestId"));
      assertThat(audit.events()).isEmpty();
    }
  }

  @Nested
  class updating {
    @Test
    void needs_the_current_version_and_audits_each_changed_field_from_old_to_new() {
      var record = logged(input(EARLIER));
      var editor = anAdmin();
      var edited =
          new ContactRecordInput(
              "PAY-2026-0042",
              "Ada",
              "Lovelace",
              ContactMethod.EMAIL,
              EARLIER,
              ContactOutcome.AWAITING_RESPONSE,
              LocalDate.of(2026, 4, 3),
              "Called about the rejected payment.",
              null);

      var updated = service.update(new UpdateContactRecordCommand(editor, record.id(), 0, edited));

      assertThat(updated.version()).isEqualTo(1);
      assertThat(updated.updated().by()).isEqualTo(editor.userId());
      assertThat(updated.updated().at()).isEqualTo(NOW);
      assertThat(updated.created().by()).isEqualTo(limited.userId());
      assertThat(audit.last().action()).isEqualTo(AuditAction.UPDATED);
      assertThat(audit.last().actor()).isEqualTo(editor.userId());
      assertThat(audit.last().changes())
          .containsExactly(
              new FieldChange("method", "PHONE", "EMAIL"),
              new FieldChange("outcome", "CONTACT_SUCCESSFUL", "AWAITING_RESPONSE"),
              new FieldChange("followUpOn", null, "2026-04-03"));
      assertThatThrownBy(
              () -> service.update(new UpdateContactRecordCommand(editor, record.id(), 0, edited)))
          .isInstanceOf(StaleAggregateException.class);
    }

    @Test
    void without_any_change_stores_and_audits_nothing() {
      var record = logged(input(EARLIER));

      var same =
          service.update(new UpdateContactRecordCommand(limited, record.id(), 0, input(EARLIER)));

      assertThat(same.version()).isZero();
      assertThat(audit.events()).hasSize(1);
    }

    @Test
    void needs_the_contact_time() {
      var record = logged(input(EARLIER));

      assertThatThrownBy(
              () ->
                  service.update(
                      new UpdateContactRecordCommand(limited, record.id(), 0, input(null))))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(fieldOf(e)).isEqualTo("contactedAt"));
    }

    @Test
    void keeps_a_request_that_left_since_but_refuses_a_new_one_that_is_not_live() {
      var request = ClientRequestId.newId();
      records.storeLiveRequest(request);
      var record = logged(input(EARLIER, ContactOutcome.CONTACT_SUCCESSFUL, null, request));
      // The fake forgets the request, as if it had been moved to the trash since.
      var fresh = new InMemoryContactRecordRepository();
      fresh.add(record);
      var later = new ContactRecordService(fresh, audit, unitOfWork, clock);
      var notes =
          new ContactRecordInput(
              "PAY-2026-0042",
              "Ada",
              "Lovelace",
              ContactMethod.PHONE,
              EARLIER,
              ContactOutcome.CONTACT_SUCCESSFUL,
              null,
              "More notes.",
              request);

      var updated = later.update(new UpdateContactRecordCommand(limited, record.id(), 0, notes));
      var other = input(EARLIER, ContactOutcome.CONTACT_SUCCESSFUL, null, ClientRequestId.newId());

      assertThat(updated.details().notes()).isEqualTo("More notes.");
      assertThatThrownBy(
              () -> later.update(new UpdateContactRecordCommand(limited, record.id(), 1, other)))
          .isInstanceOfSatisfying(
              InvalidValueException.class, e -> assertThat(fieldOf(e)).isEqualTo("requestId"));
    }

    @Test
    void of_an_unknown_record_is_not_found() {
      var command =
          new UpdateContactRecordCommand(limited, ContactRecordId.newId(), 0, input(EARLIER));

      assertThatThrownBy(() -> service.update(command))
          .isInstanceOf(ContactRecordNotFoundException.class);
    }
  }

  @Nested
  class deletingAndRestoring {
    @Test
    void a_limited_user_may_not_delete_or_restore_and_nothing_changes() {
      var record = logged(input(EARLIER));

      assertThatThrownBy(() -> trash.delete(new DeleteContactRecordCommand(limited, record.id())))
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(() -> trash.restore(new RestoreContactRecordCommand(limited, record.id())))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(records.findById(record.id()).orElseThrow().isDeleted()).isFalse();
      assertThat(audit.events()).hasSize(1);
    }

    @Test
    void an_admin_moves_a_record_to_the_trash_and_back_each_move_audited() {
      var record = logged(input(EARLIER));
      var admin = anAdmin();

      trash.delete(new DeleteContactRecordCommand(admin, record.id()));

      assertThat(audit.last().action()).isEqualTo(AuditAction.DELETED);
      assertThat(audit.last().itemType()).isEqualTo(ItemType.CONTACT_RECORD);
      assertThatThrownBy(() -> query.get(new GetContactRecordQuery(limited, record.id())))
          .isInstanceOf(ContactRecordNotFoundException.class);
      assertThat(query.list(listQuery(false, false)).items()).isEmpty();
      assertThatThrownBy(() -> trash.delete(new DeleteContactRecordCommand(admin, record.id())))
          .isInstanceOf(ContactRecordNotFoundException.class);

      var restored = trash.restore(new RestoreContactRecordCommand(admin, record.id()));

      assertThat(restored.isDeleted()).isFalse();
      assertThat(audit.last().action()).isEqualTo(AuditAction.RESTORED);
      assertThat(query.get(new GetContactRecordQuery(limited, record.id())).id())
          .isEqualTo(record.id());
    }

    @Test
    void restoring_a_live_or_unknown_record_is_refused() {
      var record = logged(input(EARLIER));
      var admin = anAdmin();

      assertThatThrownBy(() -> trash.restore(new RestoreContactRecordCommand(admin, record.id())))
          .isInstanceOf(ContactRecordNotDeletedException.class);
      assertThatThrownBy(
              () -> trash.restore(new RestoreContactRecordCommand(admin, ContactRecordId.newId())))
          .isInstanceOf(ContactRecordNotFoundException.class);
    }
  }

  @Nested
  class listing {
    @Test
    void follow_up_due_means_awaiting_with_a_follow_up_today_or_earlier_in_utc() {
      var today = LocalDate.of(2026, 4, 1);
      var dueToday = logged(input(EARLIER, ContactOutcome.AWAITING_RESPONSE, today, null));
      logged(input(EARLIER, ContactOutcome.AWAITING_RESPONSE, today.plusDays(1), null));
      logged(input(EARLIER));

      var page = query.list(listQuery(true, false));

      assertThat(page.items()).extracting(ContactRecord::id).containsExactly(dueToday.id());
    }

    @Test
    void mine_means_created_by_the_actor() {
      var mine = logged(input(EARLIER));
      service.log(new LogContactCommand(anAdmin(), input(EARLIER)));

      var page = query.list(listQuery(false, true));

      assertThat(page.items()).extracting(ContactRecord::id).containsExactly(mine.id());
    }

    @Test
    void pages_continue_after_the_last_record_of_the_page_before() {
      var oldest = logged(input(EARLIER));
      var middle = logged(input(EARLIER.plusSeconds(1)));
      var newest = logged(input(EARLIER.plusSeconds(2)));

      var first =
          query.list(
              new ListContactRecordsQuery(
                  limited,
                  ContactRecordFilter.all(),
                  false,
                  false,
                  ContactRecordSort.DEFAULT,
                  new PageLimit(2),
                  null));
      var rest =
          query.list(
              new ListContactRecordsQuery(
                  limited,
                  ContactRecordFilter.all(),
                  false,
                  false,
                  ContactRecordSort.DEFAULT,
                  new PageLimit(2),
                  first.next()));

      assertThat(first.items())
          .extracting(ContactRecord::id)
          .containsExactly(newest.id(), middle.id());
      assertThat(rest.items()).extracting(ContactRecord::id).containsExactly(oldest.id());
      assertThat(rest.next()).isNull();
      assertThat(unitOfWork.reads()).isEqualTo(2);
    }
  }

  private ListContactRecordsQuery listQuery(boolean followUpDue, boolean mine) {
    return new ListContactRecordsQuery(
        limited,
        ContactRecordFilter.all(),
        followUpDue,
        mine,
        ContactRecordSort.DEFAULT,
        PageLimit.orDefault(null),
        null);
  }
}
