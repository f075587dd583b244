package org.crms.adapters.web.request;

import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.user.TeamMember;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

/** What the request page tests send and read: signed-in browser requests, forms, flashes. */
final class RequestPageTestData {
  private RequestPageTestData() {}

  static Client client(ClientId id, String name) {
    var details = ClientDetails.parse(name, null, null, null, true);
    var stamp = new Stamp(RequestTestData.CREATED, null);
    return Client.reconstitute(id, details, stamp, stamp, null, 0);
  }

  static RequestType type(RequestTypeId id, String name) {
    var details = RequestTypeDetails.parse(name, null, 5, true);
    var stamp = new Stamp(RequestTestData.CREATED, null);
    return RequestType.reconstitute(id, details, stamp, stamp, null, 0);
  }

  /** A deactivated account, which may still own old requests. */
  static final UserId RETIRED = new UserId(UUID.fromString("77777777-0000-0000-0000-000000000005"));

  /**
   * The team every signed-in user reads: the limited test user, the owner of {@link
   * RequestTestData#pluginUpdate}, and a deactivated account.
   */
  static List<TeamMember> team() {
    return List.of(
        new TeamMember(FakeAccessTokens.LIMITED_ID, new Username("limiteduser"), true),
        new TeamMember(RequestTestData.OWNER, new Username("owner.bob"), true),
        new TeamMember(RETIRED, new Username("retired1"), false));
  }

  static <T, P> Page<T, P> none() {
    return new Page<>(List.of(), null);
  }
}
