package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Option;

/**
 * The form that logs a contact or edits a contact record, shown empty, filled in, or sent back with
 * its errors or with the conflict of an edit that someone else's change overtook.
 *
 * @param recordId the record being edited; null when logging a new contact
 * @param stale whether the edit was refused because the record changed meanwhile
 * @param conflicts the fields whose stored value differs from the person's, when stale
 */
public record ContactRecordFormPage(
    Chrome chrome,
    @Nullable String recordId,
    ContactRecordForm form,
    FieldErrors errors,
    boolean stale,
    List<Conflict> conflicts) {

  /**
   * A field the stored record now holds otherwise than the form.
   *
   * @param stored the value saved meanwhile
   * @param yours the value the person sent
   */
  public record Conflict(String field, String stored, String yours) {}

  static ContactRecordFormPage logging(Chrome chrome, ContactRecordForm form, FieldErrors errors) {
    return new ContactRecordFormPage(chrome, null, form, errors, false, List.of());
  }

  static ContactRecordFormPage editing(
      Chrome chrome, String recordId, ContactRecordForm form, FieldErrors errors) {
    return new ContactRecordFormPage(chrome, recordId, form, errors, false, List.of());
  }

  public String title() {
    return recordId == null ? "Log a contact" : "Edit contact record";
  }

  /** Where the form is sent. */
  public String action() {
    return recordId == null ? "/contact-records" : "/contact-records/" + recordId;
  }

  /** Where "Cancel" leads: the record, the request it was opened from, or the list. */
  public String cancel() {
    if (recordId != null) {
      return "/contact-records/" + recordId;
    }
    return form.requestGiven() ? "/requests/" + form.requestId().strip() : "/contact-records";
  }

  public List<Option> methods() {
    return ContactChoices.METHODS;
  }

  public List<Option> outcomes() {
    return ContactChoices.OUTCOMES;
  }
}
