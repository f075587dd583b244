package org.crms.adapters.persistence.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.persistence.testing.TrackingData.asIs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TrackingData;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.application.port.in.trash.TrashPosition;
import org.crms.domain.audit.ItemType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqTrashQueriesIT {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private static final Instant DAY = Instant.parse("2026-04-01T08:00:00Z");
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqTrashQueries trash = new JooqTrashQueries(dsl);
  private TrackingData data;

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
    data = new TrackingData(dsl);
  }

  private static Instant minute(int n) {
    return DAY.plusSeconds(60L * n);
  }

  private UUID deletedRequest(String title, Instant at) {
    return data.request(
        title,
        r -> {
          r.setDeletedAt(at);
          r.setDeletedBy(data.admin().userId().value());
        });
  }

  private UUID deletedContact(String first, String last, String reference, Instant at) {
    return data.contact(
        first,
        last,
        reference,
        c -> {
          c.setDeletedAt(at);
          c.setDeletedBy(data.admin().userId().value());
        });
  }

  private static List<String> labels(List<TrashItem> items) {
    return items.stream().map(TrashItem::label).toList();
  }

  @Test
  void lists_deleted_items_of_every_kind_newest_deletion_first_and_nothing_live() {
    data.deletedClient("Acme Ltd", minute(1));
    data.deletedType("Old kind", minute(4));
    deletedRequest("Renew the certificate", minute(3));
    deletedContact("Ada", "Lovelace", "PAY-9", minute(2));
    data.client("Live client");
    data.request("Live request", asIs());
    data.contact("Grace", "Hopper", "PAY-1", asIs());

    var items = trash.list(null, null, 10);

    assertThat(items)
        .extracting(TrashItem::itemType)
        .containsExactly(
            ItemType.REQUEST_TYPE, ItemType.REQUEST, ItemType.CONTACT_RECORD, ItemType.CLIENT);
    assertThat(labels(items))
        .containsExactly("Old kind", "Renew the certificate", "Ada Lovelace · PAY-9", "Acme Ltd");
  }

  @Test
  void each_item_says_when_and_by_whom_it_was_deleted() {
    var id = deletedRequest("Renew the certificate", minute(3));

    var item = trash.list(null, null, 10).getFirst();

    assertThat(item.id()).isEqualTo(id);
    assertThat(item.deletedAt()).isEqualTo(minute(3));
    assertThat(item.deletedBy()).isEqualTo(data.admin().userId());
    assertThat(item.deletedByName()).isNotBlank();
  }

  @Test
  void an_item_deleted_by_the_system_names_nobody() {
    data.request("By a script", r -> r.setDeletedAt(minute(1)));

    var item = trash.list(null, null, 10).getFirst();

    assertThat(item.deletedBy()).isNull();
    assertThat(item.deletedByName()).isNull();
  }

  @Test
  void lists_only_one_kind_when_asked() {
    data.deletedClient("Acme Ltd", minute(1));
    deletedRequest("Renew the certificate", minute(3));
    deletedContact("Ada", "Lovelace", "PAY-9", minute(2));

    assertThat(labels(trash.list(ItemType.CONTACT_RECORD, null, 10)))
        .containsExactly("Ada Lovelace · PAY-9");
    assertThat(labels(trash.list(ItemType.CLIENT, null, 10))).containsExactly("Acme Ltd");
    assertThat(trash.list(ItemType.REQUEST_TYPE, null, 10)).isEmpty();
  }

  @Test
  void paging_one_by_one_visits_every_item_once_also_when_deletions_share_an_instant() {
    var expected = new ArrayList<UUID>();
    for (var i = 0; i < 3; i++) {
      expected.add(deletedRequest("Request " + i, minute(5)));
      expected.add(deletedContact("Ada", "Lovelace", "PAY-" + i, minute(5)));
      expected.add(data.deletedClient("Client " + i, minute(i)));
    }

    var seen = new ArrayList<UUID>();
    TrashPosition after = null;
    for (var i = 0; i < expected.size() + 2; i++) {
      var page = trash.list(null, after, 1);
      if (page.isEmpty()) {
        break;
      }
      seen.add(page.getFirst().id());
      after = TrashPosition.of(page.getFirst());
    }

    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(trash.list(null, null, 20))
        .extracting(TrashItem::id)
        .containsExactlyElementsOf(seen);
  }

  @Test
  void a_page_continues_strictly_after_the_position() {
    deletedRequest("Third", minute(1));
    deletedRequest("Second", minute(2));
    deletedRequest("First", minute(3));

    var first = trash.list(null, null, 2);
    var rest = trash.list(null, TrashPosition.of(first.getLast()), 2);

    assertThat(labels(first)).containsExactly("First", "Second");
    assertThat(labels(rest)).containsExactly("Third");
  }
}
