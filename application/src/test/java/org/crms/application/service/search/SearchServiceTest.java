package org.crms.application.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.StubSearchIndex;
import org.crms.application.port.in.search.SearchHit;
import org.crms.application.port.in.search.SearchQuery;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;
import org.junit.jupiter.api.Test;

class SearchServiceTest {
  private final StubSearchIndex index = new StubSearchIndex();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final SearchService service = new SearchService(index, unitOfWork);
  private final Actor limited = new Actor(UserId.newId(), Role.LIMITED);

  private static SearchHit hit(String label, double rank) {
    return new SearchHit(UUID.randomUUID(), label, null, rank);
  }

  @Test
  void asks_every_kind_for_the_stripped_terms_and_groups_what_each_found() {
    var request = hit("Refund PAY-17", 3.1);
    var client = hit("Pay & Co", 2);
    var contact = hit("Ada Lovelace · PAY-17", 1.06);
    index.answering(List.of(request), List.of(client), List.of(contact));

    var results = service.search(SearchQuery.parse(limited, "  pay-17 ", 7));

    assertThat(results.terms().text()).isEqualTo("pay-17");
    assertThat(results.requests()).containsExactly(request);
    assertThat(results.clients()).containsExactly(client);
    assertThat(results.contactRecords()).containsExactly(contact);
    assertThat(index.calls())
        .containsExactly("requests:pay-17:7", "clients:pay-17:7", "contactRecords:pay-17:7");
  }

  @Test
  void reads_every_kind_in_one_read_only_transaction() {
    service.search(SearchQuery.parse(limited, "acme", null));

    assertThat(unitOfWork.reads()).isEqualTo(1);
    assertThat(unitOfWork.writes()).isZero();
  }

  @Test
  void finding_nothing_gives_three_empty_groups() {
    var results = service.search(SearchQuery.parse(limited, "nothing like it", null));

    assertThat(results.requests()).isEmpty();
    assertThat(results.clients()).isEmpty();
    assertThat(results.contactRecords()).isEmpty();
  }
}
