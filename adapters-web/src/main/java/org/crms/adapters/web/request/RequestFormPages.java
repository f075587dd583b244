package org.crms.adapters.web.request;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Option;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.user.Actor;

/** Puts the request form together: its values, errors or conflicts, and the options to pick. */
@Singleton
final class RequestFormPages {
  private final RequestChoices choices;

  RequestFormPages(RequestChoices choices) {
    this.choices = choices;
  }

  RequestFormPage creating(Chrome chrome, Actor actor, RequestForm values, FieldErrors errors) {
    return page(chrome, actor, values, errors, null, List.of(), false);
  }

  RequestFormPage editing(
      Chrome chrome, Actor actor, String id, RequestForm values, FieldErrors errors) {
    return page(chrome, actor, values, errors, id, List.of(), false);
  }

  /** The user's values again, based on the stored version, with what differs from it. */
  RequestFormPage conflict(Chrome chrome, Actor actor, RequestForm yours, ClientRequest stored) {
    var id = stored.id().value().toString();
    var values = yours.atVersion(stored.version());
    var draft = page(chrome, actor, values, FieldErrors.none(), id, List.of(), true);
    var differences = RequestConflicts.between(RequestForm.of(stored), yours, draft);
    return page(chrome, actor, values, FieldErrors.none(), id, differences, true);
  }

  private RequestFormPage page(
      Chrome chrome,
      Actor actor,
      RequestForm values,
      FieldErrors errors,
      String id,
      List<RequestFormPage.Difference> differences,
      boolean conflict) {
    var creating = id == null;
    return new RequestFormPage(
        chrome,
        creating ? "New request" : "Edit request",
        creating ? "/requests" : "/requests/" + id,
        creating ? "/requests" : "/requests/" + id,
        creating,
        values,
        errors,
        choices.clients(actor),
        choices.types(actor),
        RequestListPages.PRIORITIES,
        owners(chrome, actor, values.ownerId()),
        conflict,
        differences);
  }

  /** Me, the active users for admins, and the owner the form holds if neither. */
  private List<Option> owners(Chrome chrome, Actor actor, String current) {
    var me = actor.userId().value().toString();
    var owners = new ArrayList<Option>();
    var name = chrome.viewer() == null ? "" : " (" + chrome.viewer().username() + ")";
    owners.add(new Option(me, "Me" + name));
    choices.users(actor).stream().filter(u -> !u.value().equals(me)).forEach(owners::add);
    var known = owners.stream().anyMatch(o -> o.value().equals(current));
    if (current != null && !current.isBlank() && !known) {
      owners.add(new Option(current.strip(), "Current owner"));
    }
    return owners;
  }
}
