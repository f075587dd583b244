package org.crms.adapters.persistence.search;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.crms.adapters.persistence.jooq.Tables.CONTACT_RECORD;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.left;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import org.crms.adapters.persistence.shared.ContactLabel;
import org.crms.application.port.in.search.SearchHit;
import org.crms.application.port.in.search.SearchTerms;
import org.crms.application.port.out.SearchIndex;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Searches PostgreSQL: one query per kind, each matching words and fragments at once, so that an
 * item found both ways is one row. Only live rows ("deleted_at IS NULL") are searched.
 */
@Singleton
public final class JooqSearchIndex implements SearchIndex {
  /** How much of a contact's notes its hit shows. */
  static final int NOTES_SHOWN = 120;

  private final DSLContext dsl;

  public JooqSearchIndex(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  /**
   * The best requests first, then their clients' names, looked up by primary key for the few hits
   * only, so that a common word never joins thousands of rows.
   */
  @Override
  public List<SearchHit> requests(SearchTerms terms, int limit) {
    var match = new Match(terms);
    var r = CLIENT_REQUEST;
    var rank = match.rank(List.of(r.REFERENCE, r.TITLE), List.of(r.REFERENCE), r.SEARCH).as("rank");
    Condition found = match.words(r.SEARCH);
    if (match.fragments()) {
      found = found.or(match.fragment(r.REFERENCE));
    }
    var hits =
        select(r.ID, r.CLIENT_ID, r.TITLE, r.REFERENCE, rank)
            .from(r)
            .where(r.DELETED_AT.isNull())
            .and(found)
            .orderBy(rank.desc(), r.ID)
            .limit(limit)
            .asTable("hit");
    var clientName =
        field(select(CLIENT.NAME).from(CLIENT).where(CLIENT.ID.eq(hits.field(r.CLIENT_ID))));
    var hitRank = hits.field(rank);
    var hitId = hits.field(r.ID);
    return dsl.select(hitId, hits.field(r.TITLE), hits.field(r.REFERENCE), clientName, hitRank)
        .from(hits)
        .orderBy(hitRank.desc(), hitId)
        .fetch(
            row ->
                new SearchHit(
                    row.value1(),
                    row.value2(),
                    Contexts.request(row.value4(), row.value3()),
                    row.value5()));
  }

  /**
   * Clients by fragment of their name (see {@link Match#fragmentByLongestWord}: the client table is
   * small); terms too short for a fragment find a client only by its exact name, through the unique
   * index on live names.
   */
  @Override
  public List<SearchHit> clients(SearchTerms terms, int limit) {
    var match = new Match(terms);
    var rank = match.rank(List.of(CLIENT.NAME), List.of(CLIENT.NAME), null).as("rank");
    var found =
        match.fragments() ? match.fragmentByLongestWord(CLIENT.NAME) : match.exactly(CLIENT.NAME);
    return dsl.select(CLIENT.ID, CLIENT.NAME, CLIENT.EMAIL, CLIENT.PHONE, rank)
        .from(CLIENT)
        .where(CLIENT.DELETED_AT.isNull())
        .and(found)
        .orderBy(rank.desc(), lower(CLIENT.NAME), CLIENT.ID)
        .limit(limit)
        .fetch(
            row ->
                new SearchHit(
                    row.value1(),
                    row.value2(),
                    Contexts.client(row.value3(), row.value4()),
                    row.value5()));
  }

  @Override
  public List<SearchHit> contactRecords(SearchTerms terms, int limit) {
    var match = new Match(terms);
    var c = CONTACT_RECORD;
    var keys = List.of(c.PAYMENT_REFERENCE, ContactLabel.fullName());
    var rank = match.rank(keys, keys, c.SEARCH).as("rank");
    Condition found = match.words(c.SEARCH);
    if (match.fragments()) {
      found =
          found.or(match.fragment(c.PAYMENT_REFERENCE)).or(match.fragment(ContactLabel.fullName()));
    }
    return dsl.select(c.ID, ContactLabel.label(), left(c.NOTES, NOTES_SHOWN + 1), rank)
        .from(c)
        .where(c.DELETED_AT.isNull())
        .and(found)
        .orderBy(rank.desc(), c.ID)
        .limit(limit)
        .fetch(
            row ->
                new SearchHit(
                    row.value1(),
                    row.value2(),
                    Contexts.shortened(row.value3(), NOTES_SHOWN),
                    row.value4()));
  }
}
