package org.crms.application.service.requesttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryRequestTypeRepository;
import org.crms.application.fakes.RecordingAuditTrail;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.requesttype.DefineRequestTypeCommand;
import org.crms.application.port.in.requesttype.DeleteRequestTypeCommand;
import org.crms.application.port.in.requesttype.GetRequestTypeQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypeNotFoundException;
import org.crms.application.port.in.requesttype.RestoreRequestTypeCommand;
import org.crms.application.port.in.requesttype.UpdateRequestTypeCommand;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.ItemType;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.requesttype.TypeStillInUseException;
import org.crms.domain.shared.StaleAggregateException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Test;

class RequestTypeServicesTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final InMemoryRequestTypeRepository types = new InMemoryRequestTypeRepository();
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final RequestTypeService service =
      new RequestTypeService(types, audit, unitOfWork, Clock.fixed(NOW, ZoneOffset.UTC));
  private final RequestTypeQueryService query = new RequestTypeQueryService(types, unitOfWork);
  private final Actor limited = new Actor(UserId.newId(), Role.LIMITED);
  private final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

  private RequestType define(String name) {
    return service.define(
        new DefineRequestTypeCommand(limited, RequestTypeDetails.parse(name, null, 14, true)));
  }

  @Test
  void defining_stores_and_audits_the_type_and_names_stay_unique_regardless_of_case() {
    var type = define("SEO Tech Check");
    assertThat(audit.last().action()).isEqualTo(AuditAction.CREATED);
    assertThat(audit.last().itemType()).isEqualTo(ItemType.REQUEST_TYPE);
    assertThat(query.get(new GetRequestTypeQuery(limited, type.id())).name().value())
        .isEqualTo("SEO Tech Check");
    assertThatThrownBy(() -> define("seo tech check"))
        .isInstanceOf(DuplicateRequestTypeNameException.class);
  }

  @Test
  void updating_needs_the_current_version_and_audits_the_changed_fields() {
    var type = define("Plugin Updates");
    var updated =
        service.update(
            new UpdateRequestTypeCommand(
                limited, type.id(), 0, RequestTypeDetails.parse("Plugin Updates", null, 7, true)));
    assertThat(updated.version()).isEqualTo(1);
    assertThat(audit.last().changes())
        .singleElement()
        .satisfies(c -> assertThat(c.field()).isEqualTo("targetDays"));
    assertThatThrownBy(
            () ->
                service.update(
                    new UpdateRequestTypeCommand(
                        limited, type.id(), 0, RequestTypeDetails.parse("X", null, null, true))))
        .isInstanceOf(StaleAggregateException.class);
  }

  @Test
  void a_type_in_use_cannot_be_deleted_and_a_limited_user_may_not_delete_at_all() {
    var type = define("Rejected payment");
    assertThatThrownBy(() -> service.delete(new DeleteRequestTypeCommand(limited, type.id())))
        .isInstanceOf(PermissionDeniedException.class);
    types.useBy(type.id(), 3);
    assertThatThrownBy(() -> service.delete(new DeleteRequestTypeCommand(admin, type.id())))
        .isInstanceOf(TypeStillInUseException.class)
        .hasMessageContaining("deactivate it instead");
    assertThat(query.get(new GetRequestTypeQuery(limited, type.id())).isDeleted()).isFalse();
  }

  @Test
  void an_unused_type_goes_to_the_trash_and_comes_back() {
    var type = define("Old kind");
    service.delete(new DeleteRequestTypeCommand(admin, type.id()));
    assertThat(audit.last().action()).isEqualTo(AuditAction.DELETED);
    assertThatThrownBy(() -> query.get(new GetRequestTypeQuery(limited, type.id())))
        .isInstanceOf(RequestTypeNotFoundException.class);
    service.restore(new RestoreRequestTypeCommand(admin, type.id()));
    assertThat(audit.last().action()).isEqualTo(AuditAction.RESTORED);
    assertThat(query.get(new GetRequestTypeQuery(limited, type.id())).isDeleted()).isFalse();
  }

  @Test
  void lists_page_by_name_and_filter_by_active_flag() {
    define("b type");
    define("A type");
    service.define(
        new DefineRequestTypeCommand(
            limited, RequestTypeDetails.parse("c type", null, null, false)));
    var first =
        query.list(
            new ListRequestTypesQuery(limited, RequestTypeFilter.all(), new PageLimit(2), null));
    assertThat(first.items()).extracting(t -> t.name().value()).containsExactly("A type", "b type");
    var rest =
        query.list(
            new ListRequestTypesQuery(
                limited, RequestTypeFilter.all(), new PageLimit(2), first.next()));
    assertThat(rest.items()).extracting(t -> t.name().value()).containsExactly("c type");
    var active =
        query.list(
            new ListRequestTypesQuery(
                limited, new RequestTypeFilter(true, null), PageLimit.orDefault(null), null));
    assertThat(active.items()).hasSize(2);
  }

  @Test
  void lists_by_last_change_and_filters_by_creation_time() {
    define("b type");
    define("A type");
    var lastChangedFirst = new ListOrder(ListOrder.Key.UPDATED, true);
    var createdNow = new RequestTypeFilter(null, null, new InstantRange(NOW, null), null);
    var createdBefore = new RequestTypeFilter(null, null, new InstantRange(null, NOW), null);

    var page =
        query.list(
            new ListRequestTypesQuery(
                limited, createdNow, lastChangedFirst, new PageLimit(1), null));
    var none =
        query.list(
            new ListRequestTypesQuery(
                limited, createdBefore, lastChangedFirst, new PageLimit(1), null));

    assertThat(page.items()).hasSize(1);
    assertThat(page.next().key()).isEqualTo(ListOrder.Key.UPDATED);
    assertThat(page.next().at()).isEqualTo(NOW);
    assertThat(none.items()).isEmpty();
  }
}
