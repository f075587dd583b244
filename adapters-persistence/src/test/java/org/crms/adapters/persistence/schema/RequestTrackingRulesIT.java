package org.crms.adapters.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks V5 makes on request types, client requests and contact records on its own, for writers
 * that bypass the domain: one test per rule group, each naming the constraint it expects.
 */
class RequestTrackingRulesIT {
  private final DSLContext dsl = TestDatabase.shared().dsl();
  private final TrackingRows rows = new TrackingRows(dsl);

  private List<UUID> ids(String sql, Object... bindings) {
    return dsl.fetch(sql, bindings).getValues(0, UUID.class);
  }

  private static void refused(ThrowingCallable insert, String constraint) {
    assertThatThrownBy(insert)
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining(constraint);
  }

  private static void accepted(ThrowingCallable insert) {
    assertThatCode(insert).doesNotThrowAnyException();
  }

  // Request types

  @Test
  void a_type_name_of_blanks_only_or_over_255_characters_is_refused() {
    refused(() -> rows.type().with("name", "   ").insert(), "request_type_name_length");
    refused(() -> rows.type().with("name", "ü".repeat(256)).insert(), "request_type_name_length");
    accepted(() -> rows.type().with("name", UUID.randomUUID() + "ü".repeat(219)).insert());
  }

  @Test
  void a_type_description_over_10000_characters_is_refused() {
    refused(
        () -> rows.type().with("description", "x".repeat(10_001)).insert(),
        "request_type_description_length");
    accepted(() -> rows.type().with("description", "x".repeat(10_000)).insert());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 366})
  void target_days_outside_1_to_365_are_refused(int days) {
    refused(() -> rows.type().with("target_days", days).insert(), "request_type_target_days_range");
  }

  @Test
  void target_days_of_1_or_365_or_none_are_accepted_and_a_type_is_active_by_default() {
    accepted(() -> rows.type().with("target_days", 1).insert());
    accepted(() -> rows.type().with("target_days", 365).insert());
    var id = rows.type().insert();
    assertThat(
            dsl.fetchSingle("select target_days, active from request_type where id = ?", id)
                .intoArray())
        .containsExactly(null, true);
  }

  @Test
  void type_names_are_unique_among_live_types_regardless_of_case_and_the_trash_frees_them() {
    var name = "SEO Tech Check " + UUID.randomUUID();
    var first = rows.type().with("name", name).insert();

    refused(
        () -> rows.type().with("name", name.toUpperCase()).insert(), "request_type_live_name_uq");

    dsl.execute("update request_type set deleted_at = now() where id = ?", first);
    var second = rows.type().with("name", name.toLowerCase()).insert();
    assertThat(second).isNotEqualTo(first);
    // Restoring the first while the second holds the name is refused too.
    refused(
        () -> dsl.execute("update request_type set deleted_at = null where id = ?", first),
        "request_type_live_name_uq");
  }

  @Test
  void a_deleter_without_a_deletion_time_is_refused_in_every_new_table() {
    var user = rows.user();
    refused(
        () -> rows.type().with("deleted_by", user).insert(),
        "request_type_deleted_by_needs_deleted_at");
    refused(
        () -> rows.request().with("deleted_by", user).insert(),
        "client_request_deleted_by_needs_deleted_at");
    refused(
        () -> rows.contact().with("deleted_by", user).insert(),
        "contact_record_deleted_by_needs_deleted_at");
    accepted(
        () -> rows.contact().with("deleted_by", user).with("deleted_at", TrackingRows.AT).insert());
  }

  // Client requests

  @Test
  void a_request_title_of_blanks_only_or_over_200_characters_is_refused() {
    refused(() -> rows.request().with("title", "   ").insert(), "client_request_title_length");
    refused(
        () -> rows.request().with("title", "ü".repeat(201)).insert(),
        "client_request_title_length");
    accepted(() -> rows.request().with("title", "ü".repeat(200)).insert());
  }

  @Test
  void a_request_description_over_10000_or_reference_over_255_characters_is_refused() {
    refused(
        () -> rows.request().with("description", "x".repeat(10_001)).insert(),
        "client_request_description_length");
    refused(
        () -> rows.request().with("reference", "x".repeat(256)).insert(),
        "client_request_reference_length");
    accepted(
        () ->
            rows.request()
                .with("description", "x".repeat(10_000))
                .with("reference", "x".repeat(255))
                .insert());
  }

  @Test
  void unknown_status_or_priority_codes_are_refused_and_the_priority_defaults_to_normal() {
    refused(() -> rows.request().with("status", "DONE").insert(), "client_request_status_code");
    refused(() -> rows.request().with("status", "pending").insert(), "client_request_status_code");
    refused(
        () -> rows.request().with("priority", "CRITICAL").insert(), "client_request_priority_code");
    for (var priority : new String[] {"LOW", "NORMAL", "HIGH", "URGENT"}) {
      accepted(() -> rows.request().with("priority", priority).insert());
    }
    var id = rows.request().insert();
    assertThat(dsl.fetchValue("select priority from client_request where id = ?", id))
        .isEqualTo("NORMAL");
  }

  @Test
  void completed_at_is_set_exactly_when_the_request_is_completed() {
    refused(
        () -> rows.request().with("status", "COMPLETED").insert(),
        "client_request_completed_at_iff_completed");
    refused(
        () ->
            rows.request()
                .with("status", "IN_PROGRESS")
                .with("started_at", TrackingRows.AT)
                .with("completed_at", TrackingRows.AT)
                .insert(),
        "client_request_completed_at_iff_completed");
    refused(
        () -> rows.request().with("completed_at", TrackingRows.AT).insert(),
        "client_request_completed_at_iff_completed");

    var id =
        rows.request()
            .with("status", "COMPLETED")
            .with("started_at", TrackingRows.AT)
            .with("completed_at", TrackingRows.AT)
            .insert();
    // Reopening without clearing completed_at is refused; clearing it is the domain's move.
    refused(
        () -> dsl.execute("update client_request set status = 'IN_PROGRESS' where id = ?", id),
        "client_request_completed_at_iff_completed");
    accepted(
        () ->
            dsl.execute(
                "update client_request set status = 'IN_PROGRESS', completed_at = null where id = ?",
                id));
  }

  @Test
  void a_request_of_an_unknown_client_type_or_owner_is_refused() {
    refused(
        () -> rows.request().with("client_id", UUID.randomUUID()).insert(),
        "client_request_client_fk");
    refused(
        () -> rows.request().with("type_id", UUID.randomUUID()).insert(), "client_request_type_fk");
    refused(
        () -> rows.request().with("owner_id", UUID.randomUUID()).insert(),
        "client_request_owner_fk");
    accepted(() -> rows.request().with("owner_id", rows.user()).insert());
  }

  @Test
  void a_client_or_type_with_requests_cannot_be_removed_by_a_stray_hard_delete() {
    var client = rows.client();
    var type = rows.type().insert();
    rows.request().with("client_id", client).with("type_id", type).insert();

    refused(
        () -> dsl.execute("delete from client where id = ?", client), "client_request_client_fk");
    refused(
        () -> dsl.execute("delete from request_type where id = ?", type), "client_request_type_fk");
  }

  @Test
  void the_request_search_column_matches_words_of_title_description_and_reference() {
    var word = "w" + UUID.randomUUID().toString().replace("-", "");
    var inTitle = rows.request().with("title", "Plugin " + word + " update").insert();
    var inDescription = rows.request().with("description", "About " + word.toUpperCase()).insert();
    var inReference = rows.request().with("reference", word).insert();
    rows.request().with("description", "Nothing to see").insert();

    assertThat(
            ids("select id from client_request where search @@ plainto_tsquery('simple', ?)", word))
        .containsExactlyInAnyOrder(inTitle, inDescription, inReference);

    // The column follows the row: PostgreSQL recomputes it on update.
    dsl.execute("update client_request set title = 'Renamed' where id = ?", inTitle);
    assertThat(
            ids("select id from client_request where search @@ plainto_tsquery('simple', ?)", word))
        .containsExactlyInAnyOrder(inDescription, inReference);
  }

  @Test
  void the_search_column_cannot_be_written() {
    var id = rows.request().insert();
    refused(
        () ->
            dsl.execute(
                "update client_request set search = to_tsvector('simple', 'stale') where id = ?",
                id),
        "can only be updated to DEFAULT");
  }

  // Contact records

  @Test
  void contact_texts_of_blanks_only_or_over_their_maximum_are_refused() {
    refused(
        () -> rows.contact().with("payment_reference", "  ").insert(),
        "contact_record_payment_reference_length");
    refused(
        () -> rows.contact().with("payment_reference", "x".repeat(256)).insert(),
        "contact_record_payment_reference_length");
    refused(
        () -> rows.contact().with("first_name", "ü".repeat(51)).insert(),
        "contact_record_first_name_length");
    refused(
        () -> rows.contact().with("last_name", " ").insert(), "contact_record_last_name_length");
    refused(
        () -> rows.contact().with("last_name", "x".repeat(51)).insert(),
        "contact_record_last_name_length");
    refused(() -> rows.contact().with("notes", "   ").insert(), "contact_record_notes_length");
    refused(
        () -> rows.contact().with("notes", "x".repeat(10_001)).insert(),
        "contact_record_notes_length");
    accepted(
        () ->
            rows.contact()
                .with("payment_reference", "x".repeat(255))
                .with("first_name", "ü".repeat(50))
                .with("last_name", "x".repeat(50))
                .with("notes", "x".repeat(10_000))
                .insert());
  }

  @Test
  void unknown_method_or_outcome_codes_are_refused() {
    refused(() -> rows.contact().with("method", "FAX").insert(), "contact_record_method_code");
    refused(() -> rows.contact().with("outcome", "MAYBE").insert(), "contact_record_outcome_code");
    for (var method : new String[] {"PHONE", "EMAIL", "LETTER", "SMS", "IN_PERSON", "OTHER"}) {
      accepted(() -> rows.contact().with("method", method).insert());
    }
    accepted(() -> rows.contact().with("outcome", "NO_CONTACT_POSSIBLE").insert());
  }

  @Test
  void awaiting_a_response_needs_a_follow_up_date_not_before_the_day_of_the_contact() {
    refused(
        () -> rows.contact().with("outcome", "AWAITING_RESPONSE").insert(),
        "contact_record_awaiting_needs_follow_up");
    refused(
        () ->
            rows.contact()
                .with("outcome", "AWAITING_RESPONSE")
                .with("follow_up_on", TrackingRows.day().minusDays(1))
                .insert(),
        "contact_record_follow_up_not_before_contact");
    accepted(
        () ->
            rows.contact()
                .with("outcome", "AWAITING_RESPONSE")
                .with("follow_up_on", TrackingRows.day())
                .insert());
    // Other outcomes may have a follow-up date, or none.
    accepted(
        () ->
            rows.contact()
                .with("outcome", "NO_CONTACT_POSSIBLE")
                .with("follow_up_on", TrackingRows.day().plusDays(7))
                .insert());
    accepted(() -> rows.contact().with("outcome", "CONTACT_SUCCESSFUL").insert());
  }

  @Test
  void the_follow_up_day_is_counted_in_utc() {
    // 23:30 at UTC-05:00 is already the next day in UTC.
    var lateEvening =
        TrackingRows.AT.withHour(23).withMinute(30).withOffsetSameLocal(ZoneOffset.ofHours(-5));
    refused(
        () ->
            rows.contact()
                .with("contacted_at", lateEvening)
                .with("outcome", "AWAITING_RESPONSE")
                .with("follow_up_on", lateEvening.toLocalDate())
                .insert(),
        "contact_record_follow_up_not_before_contact");
  }

  @Test
  void a_contact_about_an_unknown_request_is_refused() {
    refused(
        () -> rows.contact().with("request_id", UUID.randomUUID()).insert(),
        "contact_record_request_fk");
    accepted(() -> rows.contact().with("request_id", rows.request().insert()).insert());
  }

  @Test
  void the_contact_search_column_matches_words_of_reference_names_and_notes() {
    var word = "w" + UUID.randomUUID().toString().replace("-", "");
    var inReference = rows.contact().with("payment_reference", word).insert();
    var inFirstName = rows.contact().with("first_name", word.substring(0, 30)).insert();
    var inLastName = rows.contact().with("last_name", word.toUpperCase()).insert();
    var inNotes = rows.contact().with("notes", "Left a message; " + word + ".").insert();
    rows.contact().insert();

    assertThat(
            ids("select id from contact_record where search @@ plainto_tsquery('simple', ?)", word))
        .containsExactlyInAnyOrder(inReference, inLastName, inNotes);
    assertThat(
            ids(
                "select id from contact_record where search @@ plainto_tsquery('simple', ?)",
                word.substring(0, 30)))
        .containsExactly(inFirstName);
  }
}
