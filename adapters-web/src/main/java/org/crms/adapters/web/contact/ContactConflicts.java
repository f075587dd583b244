package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.crms.adapters.web.page.Option;

/**
 * After an edit was refused because someone else saved the record first: which fields the stored
 * record now holds otherwise than the person's form, each as both read it.
 */
final class ContactConflicts {
  private static final List<Field> FIELDS =
      List.of(
          new Field("Payment reference", ContactRecordForm::paymentReference, null),
          new Field("First name", ContactRecordForm::firstName, null),
          new Field("Last name", ContactRecordForm::lastName, null),
          new Field("Contact method", ContactRecordForm::method, ContactChoices.METHODS),
          new Field("Contact date (UTC)", ContactRecordForm::contactedAt, null),
          new Field("Outcome", ContactRecordForm::outcome, ContactChoices.OUTCOMES),
          new Field("Follow-up date", ContactRecordForm::followUpOn, null),
          new Field("Notes", ContactRecordForm::notes, null),
          new Field("Request id", ContactRecordForm::requestId, null));

  private ContactConflicts() {}

  /** The fields whose stored value differs from the submitted one, in the form's order. */
  static List<ContactRecordFormPage.Conflict> between(
      ContactRecordForm stored, ContactRecordForm yours) {
    return FIELDS.stream()
        .filter(field -> !field.text(stored).equals(field.text(yours)))
        .map(
            field ->
                new ContactRecordFormPage.Conflict(
                    field.label(), field.text(stored), field.text(yours)))
        .toList();
  }

  /** One field: how to read it from a form, and the labels of its codes if it has some. */
  private record Field(
      String label, Function<ContactRecordForm, String> read, @Nullable List<Option> labels) {
    String text(ContactRecordForm form) {
      var value = Objects.requireNonNullElse(read.apply(form), "").strip();
      if (labels == null) {
        return value;
      }
      return labels.stream()
          .filter(option -> option.value().equals(value))
          .map(Option::label)
          .findFirst()
          .orElse(value);
    }
  }
}
