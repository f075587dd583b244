package org.crms.adapters.web.requesttype;

import java.time.Instant;
import java.util.UUID;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.user.Stamp;
import org.crms.domain.user.UserId;

/** Stored request types as a use case would return them. */
final class RequestTypeTestData {
  static final RequestTypeId SEO_ID =
      new RequestTypeId(UUID.fromString("22222222-3333-4444-5555-666666666666"));
  static final UserId CREATOR = new UserId(UUID.fromString("99999999-0000-0000-0000-000000000002"));
  static final Instant CREATED = Instant.parse("2026-02-02T08:00:00Z");
  static final Instant UPDATED = Instant.parse("2026-02-03T12:15:00Z");

  private RequestTypeTestData() {}

  static RequestType seoCheck(long version) {
    var details =
        RequestTypeDetails.parse("SEO Tech Check", "Crawl, speed and markup review.", 5, true);
    return RequestType.reconstitute(
        SEO_ID, details, new Stamp(CREATED, CREATOR), new Stamp(UPDATED, CREATOR), null, version);
  }

  static RequestType bare(String name) {
    var details = RequestTypeDetails.parse(name, null, null, false);
    return RequestType.reconstitute(
        RequestTypeId.newId(),
        details,
        new Stamp(CREATED, null),
        new Stamp(CREATED, null),
        null,
        0);
  }
}
