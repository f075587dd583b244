package org.crms.application.service.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryTrashQueries;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.trash.ListTrashQuery;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Test;

class ListTrashServiceTest {
  private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
  private final InMemoryTrashQueries trash = new InMemoryTrashQueries();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final ListTrashService service = new ListTrashService(trash, unitOfWork);
  private final Actor admin = new Actor(UserId.newId(), Role.ADMIN);
  private final Actor limited = new Actor(UserId.newId(), Role.LIMITED);

  private TrashItem deleted(ItemType type, String label, int minutesAfterT0) {
    var item =
        new TrashItem(
            type,
            UUID.randomUUID(),
            label,
            T0.plusSeconds(60L * minutesAfterT0),
            admin.userId(),
            "adminuser");
    trash.add(item);
    return item;
  }

  @Test
  void a_limited_user_may_not_see_the_trash_and_nothing_is_read() {
    deleted(ItemType.CLIENT, "Acme Ltd", 1);

    assertThatThrownBy(
            () -> service.list(new ListTrashQuery(limited, null, PageLimit.orDefault(null), null)))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(unitOfWork.reads()).isZero();
  }

  @Test
  void pages_through_every_kind_newest_deletion_first() {
    var client = deleted(ItemType.CLIENT, "Acme Ltd", 1);
    var request = deleted(ItemType.REQUEST, "Renew the certificate", 3);
    var type = deleted(ItemType.REQUEST_TYPE, "Old kind", 2);
    var contact = deleted(ItemType.CONTACT_RECORD, "Ada Lovelace · PAY-1", 4);

    var first = service.list(new ListTrashQuery(admin, null, new PageLimit(3), null));
    var second = service.list(new ListTrashQuery(admin, null, new PageLimit(3), first.next()));

    assertThat(first.items()).containsExactly(contact, request, type);
    assertThat(second.items()).containsExactly(client);
    assertThat(second.next()).isNull();
  }

  @Test
  void lists_one_kind_when_asked() {
    deleted(ItemType.CLIENT, "Acme Ltd", 1);
    var request = deleted(ItemType.REQUEST, "Renew the certificate", 3);

    var page =
        service.list(new ListTrashQuery(admin, ItemType.REQUEST, PageLimit.orDefault(null), null));

    assertThat(page.items()).containsExactly(request);
  }

  @Test
  void users_are_never_in_the_trash() {
    assertThatThrownBy(
            () -> new ListTrashQuery(admin, ItemType.USER, PageLimit.orDefault(null), null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("itemType");
  }
}
