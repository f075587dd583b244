package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.FieldErrors;

/**
 * The form that adds or edits a client.
 *
 * @param clientId the client being edited; null on the new-client form
 * @param conflicts the fields someone else changed meanwhile; null unless the edit was stale
 */
public record ClientFormPage(
    Chrome chrome,
    @Nullable String clientId,
    ClientForm form,
    FieldErrors errors,
    @Nullable List<ChangedField> conflicts) {

  public boolean editing() {
    return clientId != null;
  }

  public String title() {
    return editing() ? "Edit client" : "New client";
  }

  /** Where the form is sent. */
  public String action() {
    return editing() ? ClientPageController.LIST + "/" + clientId : ClientPageController.LIST;
  }

  /** Where "Cancel" goes. */
  public String back() {
    return action();
  }
}
