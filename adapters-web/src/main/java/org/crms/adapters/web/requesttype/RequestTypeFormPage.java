package org.crms.adapters.web.requesttype;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.client.ChangedField;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.FieldErrors;

/**
 * The form that adds or edits a request type.
 *
 * @param typeId the type being edited; null on the new-type form
 * @param conflicts the fields someone else changed meanwhile; null unless the edit was stale
 */
public record RequestTypeFormPage(
    Chrome chrome,
    @Nullable String typeId,
    RequestTypeForm form,
    FieldErrors errors,
    @Nullable List<ChangedField> conflicts) {

  public boolean editing() {
    return typeId != null;
  }

  public String title() {
    return editing() ? "Edit request type" : "New request type";
  }

  /** Where the form is sent, and where "Cancel" goes. */
  public String action() {
    var list = RequestTypePageController.LIST;
    return editing() ? list + "/" + typeId : list;
  }
}
