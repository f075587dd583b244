package org.crms.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.domain.client.ClientFixtures.T0;
import static org.crms.domain.client.ClientFixtures.aClientNamed;
import static org.crms.domain.client.ClientFixtures.aLimitedUser;
import static org.crms.domain.client.ClientFixtures.anAdmin;
import static org.crms.domain.client.ClientFixtures.detailsNamed;

import java.time.Duration;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClientTest {
  private static final java.time.Instant T1 = T0.plus(Duration.ofHours(1));

  @Nested
  class givenValidDetails_opening_stampsCreatorAndStartsAtVersionZero {
    @Test
    void opens() {
      var actor = aLimitedUser();
      var client = Client.open(detailsNamed("Acme Ltd"), actor, T0);

      assertThat(client.name().value()).isEqualTo("Acme Ltd");
      assertThat(client.created().by()).isEqualTo(actor.userId());
      assertThat(client.updated().at()).isEqualTo(T0);
      assertThat(client.isDeleted()).isFalse();
      assertThat(client.version()).isZero();
      assertThat(client.describeCreation())
          .extracting(FieldChange::field)
          .containsExactly("name", "email", "phone", "companyUrl", "active");
    }
  }

  @Nested
  class givenRawInput_parsing_reportsEveryBadField {
    @Test
    void reportsAll() {
      assertThatThrownBy(
              () -> ClientDetails.parse("  ", "not-an-email", "call me", "ftp://x.example", true))
          .isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).violations())
          .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
          .extracting(FieldViolation::field)
          .containsExactly("name", "email", "phone", "companyUrl");
    }

    @Test
    void blankOptionalFieldsMeanAbsent() {
      var details = ClientDetails.parse(" Acme ", "", " ", null, false);
      assertThat(details.name().value()).isEqualTo("Acme");
      assertThat(details.emailAddress()).isEmpty();
      assertThat(details.phoneNumber()).isEmpty();
      assertThat(details.website()).isEmpty();
      assertThat(details.active()).isFalse();
    }

    @Test
    void nameLongerThan255IsRefused() {
      assertThatThrownBy(() -> new ClientName("x".repeat(256))).hasMessageContaining("at most 255");
    }
  }

  @Nested
  class givenAClient_revising_recordsOnlyWhatChanged {
    @Test
    void recordsChangedFields() {
      var client = aClientNamed("Acme");
      var editor = aLimitedUser();
      var next =
          ClientDetails.parse(
              "Acme Group", client.details().email().value(), null, "https://acme.example", false);

      var changes = client.revise(next, editor, T1);

      assertThat(changes)
          .containsExactly(
              new FieldChange("name", "Acme", "Acme Group"),
              new FieldChange("phone", "+44 20 7946 0000", null),
              new FieldChange("active", "true", "false"));
      assertThat(client.updated().by()).isEqualTo(editor.userId());
      assertThat(client.updated().at()).isEqualTo(T1);
    }

    @Test
    void sameDetailsChangeNothing() {
      var client = aClientNamed("Acme");
      assertThat(client.revise(client.details(), anAdmin(), T1)).isEmpty();
      assertThat(client.updated().at()).isEqualTo(T0);
    }
  }

  @Nested
  class givenALimitedUser_deleting_isDeniedAndChangesNothing {
    @Test
    void denied() {
      var client = aClientNamed("Acme");
      assertThatThrownBy(() -> client.delete(aLimitedUser(), 0, T1))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(client.isDeleted()).isFalse();
    }
  }

  @Nested
  class givenLiveRequests_deleting_isAConflictAndChangesNothing {
    @Test
    void refusedWithAHintToDeactivate() {
      var client = aClientNamed("Acme");
      assertThatThrownBy(() -> client.delete(anAdmin(), 3, T1))
          .isInstanceOf(ClientStillInUseException.class)
          .hasMessage("The client \"Acme\" still has 3 requests; deactivate it instead.");
      assertThat(client.isDeleted()).isFalse();
      assertThat(client.updated().at()).isEqualTo(T0);
    }

    @Test
    void oneRequestIsNamedInTheSingular() {
      assertThatThrownBy(() -> aClientNamed("Acme").delete(anAdmin(), 1, T1))
          .hasMessageContaining("still has 1 request;");
    }

    @Test
    void permissionIsCheckedFirst() {
      assertThatThrownBy(() -> aClientNamed("Acme").delete(aLimitedUser(), 3, T1))
          .isInstanceOf(PermissionDeniedException.class);
    }
  }

  @Nested
  class givenAnAdmin_deletingThenRestoring_roundTrips {
    @Test
    void roundTrips() {
      var client = aClientNamed("Acme");
      var admin = anAdmin();
      client.delete(admin, 0, T1);
      assertThat(client.isDeleted()).isTrue();
      assertThat(client.deleted())
          .hasValueSatisfying(s -> assertThat(s.by()).isEqualTo(admin.userId()));

      client.restore(admin, T1.plusSeconds(5));
      assertThat(client.isDeleted()).isFalse();
      assertThat(client.updated().at()).isEqualTo(T1.plusSeconds(5));
    }

    @Test
    void restoringALiveClientIsAConflict() {
      assertThatThrownBy(() -> aClientNamed("Acme").restore(anAdmin(), T1))
          .isInstanceOf(ClientNotDeletedException.class);
    }

    @Test
    void limitedUserMayNotRestore() {
      var client = aClientNamed("Acme");
      client.delete(anAdmin(), 0, T1);
      assertThatThrownBy(() -> client.restore(aLimitedUser(), T1))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(client.isDeleted()).isTrue();
    }
  }
}
