package org.crms.adapters.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.persistence.testing.TrackingData.T0;
import static org.crms.adapters.persistence.testing.TrackingData.asIs;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.adapters.persistence.testing.TrackingData;
import org.crms.application.port.in.search.SearchHit;
import org.crms.application.port.in.search.SearchTerms;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JooqSearchIndexIT {
  private static final TestDatabase DATABASE = TestDatabase.shared();
  private final DSLContext dsl = DATABASE.dsl();
  private final JooqSearchIndex index = new JooqSearchIndex(dsl);
  private TrackingData data;

  @BeforeEach
  void startFromEmptyTables() {
    DATABASE.emptyAllTables();
    data = new TrackingData(dsl);
  }

  private List<SearchHit> requests(String q) {
    return index.requests(new SearchTerms(q), 10);
  }

  private List<SearchHit> clients(String q) {
    return index.clients(new SearchTerms(q), 10);
  }

  private List<SearchHit> contacts(String q) {
    return index.contactRecords(new SearchTerms(q), 10);
  }

  private static List<String> labels(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::label).toList();
  }

  @Test
  void words_are_found_in_request_titles_descriptions_and_references_regardless_of_case() {
    data.request("Renew the SSL Certificate", asIs());
    data.request("Check the plugins", r -> r.setDescription("The shop was DOWN for an hour."));
    data.request("Call back", r -> r.setReference("Refund ticket 8812"));
    data.request("Unrelated", asIs());

    assertThat(labels(requests("certificate"))).containsExactly("Renew the SSL Certificate");
    assertThat(labels(requests("down"))).containsExactly("Check the plugins");
    assertThat(labels(requests("TICKET 8812"))).containsExactly("Call back");
  }

  @Test
  void words_are_found_in_contact_references_names_and_notes() {
    data.contact("Ada", "Lovelace", "PAY-1", c -> c.setNotes("Promised to pay by Friday."));
    data.contact("Grace", "Hopper", "PAY-2", asIs());

    assertThat(labels(contacts("friday"))).containsExactly("Ada Lovelace · PAY-1");
    assertThat(labels(contacts("HOPPER"))).containsExactly("Grace Hopper · PAY-2");
    assertThat(labels(contacts("pay-2"))).containsExactly("Grace Hopper · PAY-2");
  }

  @Test
  void fragments_of_three_characters_match_references_and_names_regardless_of_case() {
    data.request("Refund", r -> r.setReference("PAY-2026-0042"));
    data.client("Velora Holdings");
    data.contact("Grace", "Hopper", "INV-77812", asIs());

    assertThat(labels(requests("026-00"))).containsExactly("Refund");
    assertThat(labels(clients("LORA H"))).containsExactly("Velora Holdings");
    assertThat(labels(contacts("778"))).containsExactly("Grace Hopper · INV-77812");
    assertThat(labels(contacts("ace hop"))).containsExactly("Grace Hopper · INV-77812");
  }

  @Test
  void shorter_terms_match_words_and_whole_client_names_but_no_fragments() {
    data.request("Audit 42", asIs());
    data.request("Refund", r -> r.setReference("PAY-0042"));
    data.client("AB");
    data.client("ABC Ltd");
    data.contact("Bo", "Li", "X-42-Y", asIs());

    assertThat(labels(requests("42"))).containsExactly("Audit 42");
    assertThat(labels(clients("ab"))).containsExactly("AB");
    assertThat(labels(contacts("li"))).containsExactly("Bo Li · X-42-Y");
    assertThat(contacts("42")).isEmpty();
  }

  @Test
  void exact_matches_rank_before_prefixes_before_fragments_before_words() {
    var words = data.request("Remind them", r -> r.setDescription("Send the invoice again."));
    var fragment = data.request("Old one", r -> r.setReference("OLD-INVOICE-7"));
    var prefix = data.request("Invoice reminder", asIs());
    var exact = data.request("Something", r -> r.setReference("Invoice"));

    var hits = requests("INVOICE");

    assertThat(hits).extracting(SearchHit::id).containsExactly(exact, prefix, fragment, words);
    assertThat(hits.get(0).rank()).isGreaterThanOrEqualTo(3);
    assertThat(hits.get(1).rank()).isBetween(2.0, 3.0);
    assertThat(hits.get(2).rank()).isBetween(1.0, 2.0);
    assertThat(hits.get(3).rank()).isBetween(0.0, 1.0);
  }

  @Test
  void clients_rank_by_exact_prefix_and_fragment_then_by_name() {
    data.client("Big Acme");
    data.client("acme ltd");
    data.client("Acme");
    data.client("Acme GmbH");
    data.client("Another Acme");

    assertThat(labels(clients("ACME")))
        .containsExactly("Acme", "Acme GmbH", "acme ltd", "Another Acme", "Big Acme");
  }

  @Test
  void contact_names_and_references_rank_exact_first() {
    data.contact("Augusta Ada", "Lovelace", "L-1", asIs());
    data.contact("Ann", "Smith", "ADA LOVELACE 7", asIs());
    data.contact("Ada", "Lovelace", "L-2", asIs());

    assertThat(labels(contacts("ada lovelace")))
        .containsExactly(
            "Ada Lovelace · L-2", "Ann Smith · ADA LOVELACE 7", "Augusta Ada Lovelace · L-1");
  }

  @Test
  void an_item_found_by_words_and_by_fragment_appears_once() {
    data.contact("Ada", "Lovelace", "LOVELACE-1", c -> c.setNotes("Lovelace will call back."));
    data.request("Lovelace estate", r -> r.setReference("LOVELACE-2"));

    assertThat(contacts("lovelace")).hasSize(1);
    assertThat(requests("lovelace")).hasSize(1);
  }

  @Test
  void items_in_the_trash_are_never_found() {
    data.request("Renew certificate", r -> r.setDeletedAt(T0));
    data.deletedClient("Certificate Shop", T0);
    data.contact("Ada", "Certificate", "CERT-1", c -> c.setDeletedAt(T0));

    assertThat(requests("certificate")).isEmpty();
    assertThat(clients("certificate")).isEmpty();
    assertThat(contacts("certificate")).isEmpty();
  }

  @Test
  void wildcard_characters_in_fragments_match_themselves() {
    data.request("Discount", r -> r.setReference("100%_OFF"));
    data.request("Other discount", r -> r.setReference("1000 OFF"));
    data.client("50% Off Ltd");
    data.client("500 Off Ltd");

    assertThat(labels(requests("0%_"))).containsExactly("Discount");
    assertThat(labels(clients("50%"))).containsExactly("50% Off Ltd");
  }

  @Test
  void a_client_is_found_by_a_fragment_of_several_words_however_long() {
    data.client("Galford Group 12");
    data.client("Galford Partners 13");
    data.client("O'Brien & Co");

    assertThat(labels(clients("galford group"))).containsExactly("Galford Group 12");
    assertThat(labels(clients("ford"))).hasSize(2);
    assertThat(labels(clients("o'brien & co"))).containsExactly("O'Brien & Co");
  }

  @Test
  void each_kind_of_hit_shows_its_context() {
    var acme = data.client("Acme Ltd", "office@acme.example");
    data.request(
        "Refund",
        r -> {
          r.setClientId(acme);
          r.setReference("PAY-17");
        });
    data.request("Refund again", r -> r.setClientId(acme));
    var notes = "n".repeat(200);
    data.contact("Ada", "Lovelace", "PAY-9", c -> c.setNotes(notes));

    assertThat(requests("refund"))
        .extracting(SearchHit::context)
        .containsExactlyInAnyOrder("Acme Ltd · PAY-17", "Acme Ltd");
    assertThat(clients("acme"))
        .extracting(SearchHit::context)
        .containsExactly("office@acme.example");
    var contact = contacts("lovelace").getFirst();
    assertThat(contact.label()).isEqualTo("Ada Lovelace · PAY-9");
    assertThat(contact.context()).hasSize(120).endsWith("n…");
  }

  @Test
  void the_limit_keeps_the_best_hits_of_each_kind() {
    data.request("Run the weekly backup", asIs());
    var exact = data.request("Weekly", r -> r.setReference("backup"));
    var prefix = data.request("Backup the shop", r -> r.setReference("BACKUP-2"));

    var hits = index.requests(new SearchTerms("backup"), 2);

    assertThat(hits).extracting(SearchHit::id).containsExactly(exact, prefix);
  }

  @Test
  void hits_of_equal_rank_come_in_a_stable_order() {
    var ids =
        List.of(
            data.request("Same words", asIs()),
            data.request("Same words", asIs()),
            data.request("Same words", asIs()));

    var hits = requests("same words");

    // PostgreSQL orders uuids byte by byte, as their text sorts.
    assertThat(hits)
        .extracting(SearchHit::id)
        .containsExactlyElementsOf(
            ids.stream().sorted(Comparator.comparing(UUID::toString)).toList());
  }
}
