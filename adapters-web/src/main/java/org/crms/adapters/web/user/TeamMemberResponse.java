package org.crms.adapters.web.user;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import org.crms.application.port.in.user.TeamMember;

/**
 * A teammate: enough to name a request's owner and to choose one, never an e-mail address.
 *
 * @param id the account's id, as a request's {@code ownerId}
 * @param username the name shown for the account
 * @param active false for a deactivated account, which may still own old requests
 */
@Serdeable
public record TeamMemberResponse(UUID id, String username, boolean active) {
  static TeamMemberResponse from(TeamMember member) {
    return new TeamMemberResponse(member.id().value(), member.username().value(), member.active());
  }
}
