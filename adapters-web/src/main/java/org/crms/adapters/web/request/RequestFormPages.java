package org.crms.adapters.web.request;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Option;
import org.crms.adapters.web.user.Team;
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
    return page(form(chrome, actor, values, values.ownerId()), errors, null, List.of(), false);
  }

  RequestFormPage editing(
      Chrome chrome, Actor actor, String id, RequestForm values, FieldErrors errors) {
    return page(form(chrome, actor, values, values.ownerId()), errors, id, List.of(), false);
  }

  /** The user's values again, based on the stored version, with what differs from it. */
  RequestFormPage conflict(Chrome chrome, Actor actor, RequestForm yours, ClientRequest stored) {
    var id = stored.id().value().toString();
    var values = yours.atVersion(stored.version());
    var storedValues = RequestForm.of(stored);
    var form = form(chrome, actor, values, values.ownerId(), storedValues.ownerId());
    var draft = page(form, FieldErrors.none(), id, List.of(), true);
    var differences = RequestConflicts.between(storedValues, yours, draft);
    return page(form, FieldErrors.none(), id, differences, true);
  }

  /** What a form page shows besides its errors and conflicts: the choices read once per page. */
  private record Form(
      Chrome chrome,
      RequestForm values,
      List<Option> clients,
      List<Option> types,
      List<Option> owners) {}

  private Form form(Chrome chrome, Actor actor, RequestForm values, String... heldOwners) {
    return new Form(
        chrome,
        values,
        choices.clients(actor),
        choices.types(actor),
        owners(chrome, actor, heldOwners));
  }

  private RequestFormPage page(
      Form form,
      FieldErrors errors,
      String id,
      List<RequestFormPage.Difference> differences,
      boolean conflict) {
    var creating = id == null;
    return new RequestFormPage(
        form.chrome(),
        creating ? "New request" : "Edit request",
        creating ? "/requests" : "/requests/" + id,
        creating ? "/requests" : "/requests/" + id,
        creating,
        form.values(),
        errors,
        form.clients(),
        form.types(),
        RequestListPages.PRIORITIES,
        form.owners(),
        conflict,
        differences);
  }

  /**
   * Me, the other active members, and the owners the form holds (the submitted one, the stored one)
   * even if inactive or unknown.
   */
  private List<Option> owners(Chrome chrome, Actor actor, String... held) {
    var team = choices.team(actor);
    var me = actor.userId().value().toString();
    var owners = new ArrayList<Option>();
    var name = chrome.viewer() == null ? "" : " (" + chrome.viewer().username() + ")";
    owners.add(new Option(me, "Me" + name));
    team.active().stream().filter(u -> !u.value().equals(me)).forEach(owners::add);
    for (var current : held) {
      var id = current == null ? "" : current.strip();
      if (!id.isEmpty() && owners.stream().noneMatch(o -> o.value().equals(id))) {
        owners.add(team.find(id).map(team::option).orElse(new Option(id, Team.UNKNOWN)));
      }
    }
    return owners;
  }
}
