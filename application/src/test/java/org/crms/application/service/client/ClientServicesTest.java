package org.crms.application.service.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crms.domain.client.ClientFixtures.aLimitedUser;
import static org.crms.domain.client.ClientFixtures.anAdmin;
import static org.crms.domain.client.ClientFixtures.detailsNamed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryClientRepository;
import org.crms.application.fakes.RecordingAuditTrail;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientNotFoundException;
import org.crms.application.port.in.client.CreateClientCommand;
import org.crms.application.port.in.client.DeleteClientCommand;
import org.crms.application.port.in.client.GetClientQuery;
import org.crms.application.port.in.client.ListClientsQuery;
import org.crms.application.port.in.client.RestoreClientCommand;
import org.crms.application.port.in.client.UpdateClientCommand;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.ClientId;
import org.crms.domain.client.ClientStillInUseException;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.PermissionDeniedException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClientServicesTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryClientRepository clients = new InMemoryClientRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final CreateClientService create =
      new CreateClientService(clients, audit, unitOfWork, clock);
  private final UpdateClientService update =
      new UpdateClientService(clients, audit, unitOfWork, clock);
  private final DeleteClientService delete =
      new DeleteClientService(clients, audit, unitOfWork, clock);
  private final RestoreClientService restore =
      new RestoreClientService(clients, audit, unitOfWork, clock);
  private final ClientQueryService query = new ClientQueryService(clients, unitOfWork);

  private Client created(String name) {
    return create.create(new CreateClientCommand(aLimitedUser(), detailsNamed(name)));
  }

  @Nested
  class creating {
    @Test
    void stores_the_client_and_audits_every_field_in_one_transaction() {
      var actor = aLimitedUser();
      var client = create.create(new CreateClientCommand(actor, detailsNamed("Acme")));

      assertThat(clients.findById(client.id())).isPresent();
      assertThat(audit.last().action()).isEqualTo(AuditAction.CREATED);
      assertThat(audit.last().itemType()).isEqualTo(ItemType.CLIENT);
      assertThat(audit.last().itemId()).isEqualTo(client.id().value());
      assertThat(audit.last().actor()).isEqualTo(actor.userId());
      assertThat(audit.last().occurredAt()).isEqualTo(NOW);
      assertThat(audit.last().changes()).contains(new FieldChange("name", null, "Acme"));
      assertThat(unitOfWork.writes()).isEqualTo(1);
    }

    @Test
    void refuses_a_name_a_live_client_has_whatever_its_case() {
      created("Acme");
      assertThatThrownBy(() -> created("ACME")).isInstanceOf(DuplicateClientNameException.class);
      assertThat(audit.events()).hasSize(1);
    }
  }

  @Nested
  class updating {
    @Test
    void applies_the_change_on_the_expected_version_and_audits_old_and_new_values() {
      var client = created("Acme");
      var next = ClientDetails.parse("Acme Group", null, null, null, true);

      var updated = update.update(new UpdateClientCommand(aLimitedUser(), client.id(), 0, next));

      assertThat(updated.version()).isEqualTo(1);
      assertThat(updated.name().value()).isEqualTo("Acme Group");
      assertThat(audit.last().action()).isEqualTo(AuditAction.UPDATED);
      assertThat(audit.last().changes()).contains(new FieldChange("name", "Acme", "Acme Group"));
    }

    @Test
    void refuses_a_stale_version_and_changes_nothing() {
      var client = created("Acme");
      update.update(new UpdateClientCommand(aLimitedUser(), client.id(), 0, detailsNamed("First")));

      assertThatThrownBy(
              () ->
                  update.update(
                      new UpdateClientCommand(
                          aLimitedUser(), client.id(), 0, detailsNamed("Second"))))
          .isInstanceOf(StaleAggregateException.class);
      assertThat(clients.findById(client.id()).orElseThrow().name().value()).isEqualTo("First");
    }

    @Test
    void an_edit_that_changes_nothing_writes_no_version_and_no_audit() {
      var client = created("Acme");
      var same =
          update.update(new UpdateClientCommand(aLimitedUser(), client.id(), 0, client.details()));
      assertThat(same.version()).isZero();
      assertThat(audit.events()).hasSize(1);
    }

    @Test
    void refuses_renaming_onto_another_live_client() {
      created("Acme");
      var other = created("Other");
      assertThatThrownBy(
              () ->
                  update.update(
                      new UpdateClientCommand(aLimitedUser(), other.id(), 0, detailsNamed("acme"))))
          .isInstanceOf(DuplicateClientNameException.class);
    }

    @Test
    void a_deleted_client_cannot_be_edited() {
      var client = created("Acme");
      delete.delete(new DeleteClientCommand(anAdmin(), client.id()));
      assertThatThrownBy(
              () ->
                  update.update(
                      new UpdateClientCommand(aLimitedUser(), client.id(), 1, detailsNamed("X"))))
          .isInstanceOf(ClientNotFoundException.class);
    }
  }

  @Nested
  class deletingAndRestoring {
    @Test
    void a_limited_user_is_refused_before_anything_is_loaded() {
      var client = created("Acme");
      assertThatThrownBy(() -> delete.delete(new DeleteClientCommand(aLimitedUser(), client.id())))
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(
              () -> delete.delete(new DeleteClientCommand(aLimitedUser(), ClientId.newId())))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(clients.findById(client.id()).orElseThrow().isDeleted()).isFalse();
      assertThat(unitOfWork.writes()).isEqualTo(1);
    }

    @Test
    void an_admin_deletes_the_client_from_every_list_and_can_restore_it() {
      var client = created("Acme");
      var admin = anAdmin();

      delete.delete(new DeleteClientCommand(admin, client.id()));
      assertThat(audit.last().action()).isEqualTo(AuditAction.DELETED);
      assertThatThrownBy(() -> query.get(new GetClientQuery(admin, client.id())))
          .isInstanceOf(ClientNotFoundException.class);
      assertThat(
              query
                  .list(
                      new ListClientsQuery(
                          admin, ClientFilter.all(), PageLimit.orDefault(null), null))
                  .items())
          .isEmpty();

      var restored = restore.restore(new RestoreClientCommand(admin, client.id()));
      assertThat(restored.isDeleted()).isFalse();
      assertThat(audit.last().action()).isEqualTo(AuditAction.RESTORED);
      assertThat(query.get(new GetClientQuery(admin, client.id())).name().value())
          .isEqualTo("Acme");
    }

    @Test
    void a_client_with_live_requests_is_refused_with_a_hint_to_deactivate_it() {
      var client = created("Acme");
      clients.useBy(client.id(), 2);

      assertThatThrownBy(() -> delete.delete(new DeleteClientCommand(anAdmin(), client.id())))
          .isInstanceOf(ClientStillInUseException.class)
          .hasMessageContaining("deactivate it instead");
      assertThat(clients.findById(client.id()).orElseThrow().isDeleted()).isFalse();
      assertThat(audit.events()).hasSize(1);
    }

    @Test
    void restore_is_refused_when_a_live_client_took_the_name() {
      var client = created("Acme");
      delete.delete(new DeleteClientCommand(anAdmin(), client.id()));
      created("ACME");
      assertThatThrownBy(() -> restore.restore(new RestoreClientCommand(anAdmin(), client.id())))
          .isInstanceOf(DuplicateClientNameException.class);
    }

    @Test
    void deleting_an_unknown_client_is_not_found() {
      assertThatThrownBy(() -> delete.delete(new DeleteClientCommand(anAdmin(), ClientId.newId())))
          .isInstanceOf(ClientNotFoundException.class);
    }
  }

  @Nested
  class listing {
    @Test
    void pages_through_all_clients_without_repeats_or_gaps() {
      for (var i = 0; i < 7; i++) {
        created("Client " + i);
      }
      var admin = anAdmin();
      var first =
          query.list(new ListClientsQuery(admin, ClientFilter.all(), new PageLimit(3), null));
      var second =
          query.list(
              new ListClientsQuery(admin, ClientFilter.all(), new PageLimit(3), first.next()));
      var third =
          query.list(
              new ListClientsQuery(admin, ClientFilter.all(), new PageLimit(3), second.next()));

      assertThat(first.items()).hasSize(3);
      assertThat(second.items()).hasSize(3);
      assertThat(third.items()).extracting(c -> c.name().value()).containsExactly("Client 6");
      assertThat(third.nextPosition()).isEmpty();
    }

    @Test
    void pages_in_another_order_continue_from_a_position_that_carries_its_key() {
      for (var i = 0; i < 5; i++) {
        created("Client " + i);
      }
      var newestFirst = new ListOrder(ListOrder.Key.CREATED, true);
      var all = ClientFilter.all();
      var first =
          query.list(new ListClientsQuery(anAdmin(), all, newestFirst, new PageLimit(3), null));
      var second =
          query.list(
              new ListClientsQuery(anAdmin(), all, newestFirst, new PageLimit(3), first.next()));

      assertThat(first.next().key()).isEqualTo(ListOrder.Key.CREATED);
      assertThat(first.next().at()).isEqualTo(NOW);
      assertThat(first.next().name()).isNull();
      assertThat(second.items()).hasSize(2).doesNotContainAnyElementsOf(first.items());
      assertThat(second.nextPosition()).isEmpty();
      assertThatThrownBy(
              () ->
                  new ListClientsQuery(
                      anAdmin(), all, ListOrder.BY_NAME, new PageLimit(3), first.next()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_full_last_page_says_there_is_no_next_page() {
      created("A");
      created("B");
      var page =
          query.list(new ListClientsQuery(anAdmin(), ClientFilter.all(), new PageLimit(2), null));
      assertThat(page.items()).hasSize(2);
      assertThat(page.nextPosition()).isEmpty();
    }
  }
}
