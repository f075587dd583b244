package org.crms.adapters.web.user;

import java.util.List;
import java.util.Optional;
import org.crms.adapters.web.page.Option;
import org.crms.application.port.in.user.ListTeamMembersQuery;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.application.port.in.user.TeamMember;
import org.crms.domain.user.Actor;
import org.crms.domain.user.UserId;

/**
 * Every account as the pages name them, read once per page: who owns a request, and whom a request
 * may be given to.
 *
 * @param viewer the signed-in user, named with "(you)"
 */
public record Team(UserId viewer, List<TeamMember> members) {
  public static final String UNASSIGNED = "Unassigned";

  /** What an owner is called whose account was not found (never expected, but never "null"). */
  public static final String UNKNOWN = "Unknown user";

  public Team {
    members = List.copyOf(members);
  }

  /** The whole team, through one call of the use case. */
  public static Team read(ListTeamMembersUseCase team, Actor actor) {
    return new Team(actor.userId(), team.list(new ListTeamMembersQuery(actor)));
  }

  /** Who owns a request: "Unassigned", the owner's username, "alice (you)" for the viewer. */
  public String owner(Optional<UserId> owner) {
    return owner.map(this::name).orElse(UNASSIGNED);
  }

  /** The username of that account; "(you)" after the viewer's, "(inactive)" after a former one. */
  public String name(UserId id) {
    return find(id).map(this::label).orElse(UNKNOWN);
  }

  /** The active accounts in the team's order, as choices whose value is the id. */
  public List<Option> active() {
    return members.stream().filter(TeamMember::active).map(this::option).toList();
  }

  /** The member with the id as a form sends it, if any. */
  public Optional<TeamMember> find(String id) {
    return members.stream().filter(m -> m.id().value().toString().equals(id)).findFirst();
  }

  public Option option(TeamMember member) {
    return new Option(member.id().value().toString(), label(member));
  }

  private Optional<TeamMember> find(UserId id) {
    return members.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  private String label(TeamMember member) {
    var name = member.username().value();
    if (member.id().equals(viewer)) {
      name += " (you)";
    }
    return member.active() ? name : name + " (inactive)";
  }
}
