package org.crms.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.crms.domain.contact.ContactFixtures.CONTACTED;
import static org.crms.domain.contact.ContactFixtures.NOW;
import static org.crms.domain.contact.ContactFixtures.input;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crms.domain.contact.ContactFixtures.Input;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {
  private static final String REQUIRED = "This field is required.";

  private static List<FieldViolation> violationsOf(Input input) {
    var thrown = catchThrowableOfType(InvalidValueException.class, input::parse);
    assertThat(thrown).as("parsing should fail").isNotNull();
    return thrown.violations();
  }

  @Nested
  class givenValidInput_parsing_keepsTheValuesWithTextStripped {
    @Test
    void keepsValues() {
      var requestId = UUID.randomUUID();
      var details =
          input()
              .paymentReference("  PAY-7 ")
              .firstName(" Ada")
              .lastName("Lovelace ")
              .method(ContactMethod.IN_PERSON)
              .notes("\tMet at the office.\n")
              .requestId(requestId)
              .parse();

      assertThat(details.paymentReference()).isEqualTo("PAY-7");
      assertThat(details.fullName()).isEqualTo("Ada Lovelace");
      assertThat(details.method()).isEqualTo(ContactMethod.IN_PERSON);
      assertThat(details.contactedAt()).isEqualTo(CONTACTED);
      assertThat(details.outcome()).isEqualTo(ContactOutcome.CONTACT_SUCCESSFUL);
      assertThat(details.followUpDate()).isEmpty();
      assertThat(details.notes()).isEqualTo("Met at the office.");
      assertThat(details.clientRequest()).contains(requestId);
    }

    @Test
    void aRequestIsOptional() {
      assertThat(input().requestId(null).parse().clientRequest()).isEmpty();
    }
  }

  @Nested
  class givenAPaymentReference_parsing_requiresOneOfAtMost255Characters {
    @Test
    void accepts255() {
      var reference = "R".repeat(255);
      assertThat(input().paymentReference(reference).parse().paymentReference())
          .isEqualTo(reference);
    }

    @Test
    void refuses256() {
      assertThat(violationsOf(input().paymentReference("R".repeat(256))))
          .containsExactly(
              new FieldViolation("paymentReference", "Must be at most 255 characters."));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesMissing(String blank) {
      assertThat(violationsOf(input().paymentReference(blank)))
          .containsExactly(new FieldViolation("paymentReference", REQUIRED));
    }
  }

  @Nested
  class givenNames_parsing_requiresEachOfAtMost50Characters {
    @Test
    void accepts50() {
      var details = input().firstName("F".repeat(50)).lastName("L".repeat(50)).parse();
      assertThat(details.firstName()).hasSize(50);
      assertThat(details.lastName()).hasSize(50);
    }

    @Test
    void countsCharactersNotCodeUnits() {
      var name = "\uD83D\uDE00".repeat(50);
      assertThat(input().firstName(name).parse().firstName()).isEqualTo(name);
    }

    @Test
    void refuses51() {
      assertThat(violationsOf(input().firstName("F".repeat(51)).lastName("L".repeat(51))))
          .containsExactly(
              new FieldViolation("firstName", "Must be at most 50 characters."),
              new FieldViolation("lastName", "Must be at most 50 characters."));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesMissing(String blank) {
      assertThat(violationsOf(input().firstName(blank).lastName(blank)))
          .containsExactly(
              new FieldViolation("firstName", REQUIRED), new FieldViolation("lastName", REQUIRED));
    }
  }

  @Nested
  class givenNotes_parsing_requiresAtMost10000Characters {
    @Test
    void accepts10000() {
      assertThat(input().notes("n".repeat(10_000)).parse().notes()).hasSize(10_000);
    }

    @Test
    void refuses10001() {
      assertThat(violationsOf(input().notes("n".repeat(10_001))))
          .containsExactly(new FieldViolation("notes", "Must be at most 10000 characters."));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " \n "})
    void refusesMissing(String blank) {
      assertThat(violationsOf(input().notes(blank)))
          .containsExactly(new FieldViolation("notes", REQUIRED));
    }
  }

  @Nested
  class givenNoMethodTimeOrOutcome_parsing_reportsEachAsRequired {
    @Test
    void reportsAll() {
      assertThat(violationsOf(input().method(null).contactedAt(null).outcome(null)))
          .containsExactly(
              new FieldViolation("method", REQUIRED),
              new FieldViolation("contactedAt", REQUIRED),
              new FieldViolation("outcome", REQUIRED));
    }

    @ParameterizedTest
    @EnumSource(ContactMethod.class)
    void acceptsEveryMethod(ContactMethod method) {
      assertThat(input().method(method).parse().method()).isEqualTo(method);
    }
  }

  @Nested
  class givenAContactTime_parsing_refusesTheFuture {
    @Test
    void acceptsNow() {
      assertThat(input().contactedAt(NOW).now(NOW).parse().contactedAt()).isEqualTo(NOW);
    }

    @Test
    void acceptsThePast() {
      var longAgo = Instant.parse("2019-03-01T12:00:00Z");
      assertThat(input().contactedAt(longAgo).parse().contactedAt()).isEqualTo(longAgo);
    }

    @Test
    void refusesOneMillisecondAhead() {
      assertThat(violationsOf(input().contactedAt(NOW.plusMillis(1)).now(NOW)))
          .containsExactly(
              new FieldViolation("contactedAt", "The contact date cannot be in the future."));
    }
  }

  @Nested
  class givenAwaitingResponse_parsing_requiresAFollowUpDate {
    @Test
    void refusesNone() {
      assertThat(violationsOf(input().outcome(ContactOutcome.AWAITING_RESPONSE)))
          .containsExactly(
              new FieldViolation(
                  "followUpOn",
                  "A follow-up date is required when the outcome is \"Awaiting response\"."));
    }

    @Test
    void acceptsOne() {
      var followUp = LocalDate.of(2026, 1, 12);
      var details = input().outcome(ContactOutcome.AWAITING_RESPONSE).followUpOn(followUp).parse();
      assertThat(details.followUpDate()).contains(followUp);
    }

    @ParameterizedTest
    @EnumSource(names = {"CONTACT_SUCCESSFUL", "NO_CONTACT_POSSIBLE"})
    void otherOutcomesNeedNone(ContactOutcome outcome) {
      assertThatNoException().isThrownBy(() -> input().outcome(outcome).parse());
      assertThat(input().outcome(outcome).followUpOn(LocalDate.of(2026, 2, 1)).parse().followUpOn())
          .isEqualTo(LocalDate.of(2026, 2, 1));
    }
  }

  @Nested
  class givenAFollowUpDate_parsing_refusesOneBeforeTheContactDayInUtc {
    @Test
    void acceptsTheSameDay() {
      assertThat(input().followUpOn(LocalDate.of(2026, 1, 5)).parse().followUpOn())
          .isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void refusesTheDayBefore() {
      assertThat(violationsOf(input().followUpOn(LocalDate.of(2026, 1, 4))))
          .containsExactly(
              new FieldViolation(
                  "followUpOn", "The follow-up date cannot be before the date of the contact."));
    }

    @Test
    void judgesTheDayInUtc() {
      // 00:30 UTC on the 5th is still the 4th in New York; the 4th is nevertheless too early.
      var justAfterMidnight = Instant.parse("2026-01-05T00:30:00Z");
      var tooEarly = input().contactedAt(justAfterMidnight).followUpOn(LocalDate.of(2026, 1, 4));
      assertThat(violationsOf(tooEarly))
          .extracting(FieldViolation::field)
          .containsExactly("followUpOn");

      var lateInTheDay = Instant.parse("2026-01-05T23:59:59Z");
      var sameDay =
          input().contactedAt(lateInTheDay).now(lateInTheDay).followUpOn(LocalDate.of(2026, 1, 5));
      assertThat(sameDay.parse().followUpOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    }
  }

  @Nested
  class givenManyBadFields_parsing_reportsThemAllAtOnce {
    @Test
    void reportsAll() {
      var everythingWrong =
          input()
              .paymentReference(" ")
              .firstName("F".repeat(51))
              .lastName(null)
              .method(null)
              .contactedAt(NOW.plusSeconds(60))
              .outcome(ContactOutcome.AWAITING_RESPONSE)
              .followUpOn(null)
              .notes("");

      assertThat(violationsOf(everythingWrong))
          .extracting(FieldViolation::field)
          .containsExactly(
              "paymentReference",
              "firstName",
              "lastName",
              "method",
              "contactedAt",
              "followUpOn",
              "notes");
    }
  }

  @Nested
  class givenStoredValues_constructing_checksTheInvariantsButNotTheClock {
    @Test
    void acceptsATimeAfterAnyClock() {
      var later = Instant.parse("2099-01-01T00:00:00Z");
      var details =
          new ContactDetails(
              "PAY-1",
              "Ada",
              "Lovelace",
              ContactMethod.SMS,
              later,
              ContactOutcome.CONTACT_SUCCESSFUL,
              null,
              "Texted.",
              null);
      assertThat(details.contactedAt()).isEqualTo(later);
    }

    @Test
    void refusesABrokenInvariant() {
      var thrown =
          catchThrowableOfType(
              InvalidValueException.class,
              () ->
                  new ContactDetails(
                      "PAY-1",
                      "Ada",
                      "Lovelace",
                      ContactMethod.SMS,
                      CONTACTED,
                      ContactOutcome.AWAITING_RESPONSE,
                      null,
                      "Texted.",
                      null));
      assertThat(thrown.violations())
          .extracting(FieldViolation::field)
          .containsExactly("followUpOn");
    }
  }
}
