package org.crms.adapters.web.request;

import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Option;

/**
 * The form to open or edit a request, with its errors, or with the fields someone else changed
 * meanwhile.
 *
 * @param heading "New request" or "Edit request"
 * @param action where the form posts to
 * @param cancel where "Cancel" leads
 * @param creating whether this opens a new request (an empty due date then means the type's
 *     default)
 * @param values what the fields hold
 * @param conflict whether someone else changed the request since the form was loaded
 * @param conflicts on a conflict, each field whose stored value differs from the form's
 */
public record RequestFormPage(
    Chrome chrome,
    String heading,
    String action,
    String cancel,
    boolean creating,
    RequestForm values,
    FieldErrors errors,
    List<Option> clients,
    List<Option> types,
    List<Option> priorities,
    List<Option> owners,
    boolean conflict,
    List<Difference> conflicts) {

  /** A field whose stored value is not the one in the form. */
  public record Difference(String field, String stored, String yours) {}
}
