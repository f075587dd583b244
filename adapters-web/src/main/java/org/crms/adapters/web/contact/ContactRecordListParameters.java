package org.crms.adapters.web.contact;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.function.Function;
import org.crms.adapters.web.shared.CsvExports;
import org.crms.adapters.web.shared.QueryFlags;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.contact.ContactRecordFilter;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.TimeRange;
import org.crms.domain.contact.ContactMethod;
import org.crms.domain.contact.ContactOutcome;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.user.Actor;

/**
 * The query parameters of the contact record list. Read as text and checked here, so that a
 * malformed value answers 400 naming the parameter. Each is described for the OpenAPI document by
 * its {@code Parameter}.
 */
@Introspected
record ContactRecordListParameters(
    @Parameter(description = "Only contacts about this client request (its id).")
        @Nullable
        @QueryValue
        String requestId,
    @Parameter(
            description =
                "Only contacts made this way: PHONE, EMAIL, LETTER, SMS, IN_PERSON or OTHER.")
        @Nullable
        @QueryValue
        String method,
    @Parameter(
            description =
                "Only contacts with this outcome: CONTACT_SUCCESSFUL, AWAITING_RESPONSE or"
                    + " NO_CONTACT_POSSIBLE.")
        @Nullable
        @QueryValue
        String outcome,
    @Parameter(
            description =
                "`true`: only contacts awaiting a response whose follow-up date is today (UTC)"
                    + " or earlier.")
        @Nullable
        @QueryValue
        String followUpDue,
    @Parameter(
            description =
                "Only contacts made at or after this time (ISO 8601 with offset); a date means"
                    + " its start in UTC.")
        @Nullable
        @QueryValue
        String contactedFrom,
    @Parameter(
            description =
                "Only contacts made before this time; a date includes that whole day in UTC.")
        @Nullable
        @QueryValue
        String contactedTo,
    @Parameter(description = "As `contactedFrom`, for when the record was created.")
        @Nullable
        @QueryValue
        String createdFrom,
    @Parameter(description = "As `contactedTo`, for when the record was created.")
        @Nullable
        @QueryValue
        String createdTo,
    @Parameter(description = "As `contactedFrom`, for when the record was last updated.")
        @Nullable
        @QueryValue
        String updatedFrom,
    @Parameter(description = "As `contactedTo`, for when the record was last updated.")
        @Nullable
        @QueryValue
        String updatedTo,
    @Parameter(description = "`true`: only records the caller created.") @Nullable @QueryValue
        String mine,
    @Parameter(
            description =
                "A fragment of the payment reference or of the name (\"first last\"), in any"
                    + " case.")
        @Nullable
        @QueryValue
        String q,
    @Parameter(
            description =
                "contacted, created, updated, lastName, paymentReference or followUp; a leading"
                    + " `-` for descending; `-contacted` by default.")
        @Nullable
        @QueryValue
        String sort,
    @Parameter(description = "How many records a page holds, 1 to 200 (50 by default).")
        @Nullable
        @QueryValue
        String limit,
    @Parameter(description = "The `nextCursor` of the previous page, with the same sort.")
        @Nullable
        @QueryValue
        String cursor,
    @Parameter(description = CsvExports.FORMAT) @Nullable @QueryValue String format) {

  /**
   * @throws org.crms.adapters.web.error.BadRequestException naming the first malformed parameter
   * @throws org.crms.domain.shared.InvalidValueException if the limit is out of range
   */
  ListContactRecordsQuery query(Actor actor) {
    var order = ContactRecordSorts.parse(sort);
    return query(
        actor,
        order,
        PageLimit.orDefault(QueryValues.integer("limit", limit)),
        ContactRecordCursor.decode(cursor, order));
  }

  /**
   * The query of each page of an export: this list's filters and order in pages of {@link
   * CsvExports#PAGE_SIZE}; the limit and cursor are ignored. Reads the parameters at once, so that
   * a malformed one is refused before the export starts.
   *
   * @throws org.crms.adapters.web.error.BadRequestException naming the first malformed parameter
   */
  Function<ContactRecordPosition, ListContactRecordsQuery> exportPages(Actor actor) {
    var first = query(actor, ContactRecordSorts.parse(sort), CsvExports.PAGE_LIMIT, null);
    return after ->
        new ListContactRecordsQuery(
            actor,
            first.filter(),
            first.followUpDue(),
            first.mine(),
            first.sort(),
            first.limit(),
            after);
  }

  private ListContactRecordsQuery query(
      Actor actor, ContactRecordSort order, PageLimit pageLimit, ContactRecordPosition after) {
    return new ListContactRecordsQuery(
        actor,
        filter(),
        Boolean.TRUE.equals(QueryFlags.parse("followUpDue", followUpDue)),
        Boolean.TRUE.equals(QueryFlags.parse("mine", mine)),
        order,
        pageLimit,
        after);
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
