package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import org.crms.adapters.web.shared.QueryFlags;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.TimeRange;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.user.Actor;

/**
 * The query parameters of the contact record list. Read as text and checked here, so that a
 * malformed value answers 400 naming the parameter.
 *
 * @param requestId only contacts about this client request
 * @param method only contacts made this way: PHONE, EMAIL, LETTER, SMS, IN_PERSON or OTHER
 * @param outcome only contacts with this outcome: CONTACT_SUCCESSFUL, AWAITING_RESPONSE or
 *     NO_CONTACT_POSSIBLE
 * @param followUpDue {@code true}: only contacts awaiting a response whose follow-up date is today
 *     (UTC) or earlier
 * @param contactedFrom only contacts made at or after this time; a date means its start in UTC
 * @param contactedTo only contacts made before this time; a date includes that whole day in UTC
 * @param createdFrom as {@code contactedFrom}, for when the record was created
 * @param createdTo as {@code contactedTo}, for when the record was created
 * @param updatedFrom as {@code contactedFrom}, for when the record was last updated
 * @param updatedTo as {@code contactedTo}, for when the record was last updated
 * @param mine {@code true}: only records the caller created
 * @param q a fragment of the payment reference or of the name ("first last"), in any case
 * @param sort contacted, created, updated, lastName, paymentReference or followUp; a leading {@code
 *     -} for descending; {@code -contacted} by default
 * @param limit how many records a page holds, 1 to 200 (50 by default)
 * @param cursor the {@code nextCursor} of the previous page, with the same sort
 */
@Introspected
record ContactRecordListParameters(
    @Nullable @QueryValue String requestId,
    @Nullable @QueryValue String method,
    @Nullable @QueryValue String outcome,
    @Nullable @QueryValue String followUpDue,
    @Nullable @QueryValue String contactedFrom,
    @Nullable @QueryValue String contactedTo,
    @Nullable @QueryValue String createdFrom,
    @Nullable @QueryValue String createdTo,
    @Nullable @QueryValue String updatedFrom,
    @Nullable @QueryValue String updatedTo,
    @Nullable @QueryValue String mine,
    @Nullable @QueryValue String q,
    @Nullable @QueryValue String sort,
    @Nullable @QueryValue String limit,
    @Nullable @QueryValue String cursor) {

  /**
   * @throws org.crms.adapters.web.error.BadRequestException naming the first malformed parameter
   * @throws org.crms.domain.shared.InvalidValueException if the limit is out of range
   */
  ListContactRecordsQuery query(Actor actor) {
    var order = ContactRecordSorts.parse(sort);
    return new ListContactRecordsQuery(
        actor,
        filter(),
        Boolean.TRUE.equals(QueryFlags.parse("followUpDue", followUpDue)),
        Boolean.TRUE.equals(QueryFlags.parse("mine", mine)),
        order,
        PageLimit.orDefault(QueryValues.integer("limit", limit)),
        ContactRecordCursor.decode(cursor, order));
  }

  private ContactRecordFilter filter() {
    var request = QueryValues.uuid("requestId", requestId);
    return new ContactRecordFilter(
        request == null ? null : new ClientRequestId(request),
        QueryValues.code("method", method, ContactMethod.class),
        QueryValues.code("outcome", outcome, ContactOutcome.class),
        null,
        range("contacted", contactedFrom, contactedTo),
        range("created", createdFrom, createdTo),
        range("updated", updatedFrom, updatedTo),
        null,
        q);
  }

  private static TimeRange range(String name, String from, String to) {
    return new TimeRange(QueryValues.from(name + "From", from), QueryValues.until(name + "To", to));
  }
}
