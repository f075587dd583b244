package org.crms.adapters.persistence.search;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.util.List;
import org.crms.adapters.persistence.shared.LikePattern;
import org.crms.application.port.in.search.SearchTerms;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * The conditions and rank of one search, in the shapes V5's indexes serve: {@code search @@
 * plainto_tsquery('simple', ?)} for words (the GIN full-text indexes) and {@code lower(column) LIKE
 * lower(?)} for fragments (the trigram indexes on {@code lower(column)}). Text is lower-cased by
 * PostgreSQL on both sides, so that its notion of case, not Java's, decides.
 */
final class Match {
  private static final int EXACT = 3;
  private static final int PREFIX = 2;
  private static final int FRAGMENT = 1;

  /** At most this many characters of a word ask the trigram index of a small table. */
  static final int WORD_LENGTH = 8;

  private final SearchTerms terms;

  Match(SearchTerms terms) {
    this.terms = terms;
  }

  boolean fragments() {
    return terms.matchesFragments();
  }

  /** The row's generated tsvector holds every word of the terms. */
  Condition words(Field<Object> search) {
    return condition("{0} @@ plainto_tsquery('simple', {1})", search, val(terms.text()));
  }

  /** The column holds the terms as a fragment, whatever its case. */
  Condition fragment(Field<String> column) {
    return lower(column).like(lower(val(LikePattern.containing(terms.text()))), LikePattern.ESCAPE);
  }

  /**
   * The column holds the terms as a fragment, whatever its case, for a small table: the trigram
   * index is asked only for the terms' longest word (at most {@value #WORD_LENGTH} characters), and
   * {@code strpos}, which no index serves, checks the whole fragment on the few rows it finds. A
   * long fragment has many trigrams, and PostgreSQL prices each so high that on a table of a few
   * dozen pages it would rather read them all than ask the index.
   */
  Condition fragmentByLongestWord(Field<String> column) {
    var word = lower(val(LikePattern.containing(longestWord(terms.text()))));
    var whole =
        field("strpos({0}, {1})", SQLDataType.INTEGER, lower(column), lower(val(terms.text())));
    return lower(column).like(word, LikePattern.ESCAPE).and(whole.gt(0));
  }

  /**
   * The longest run of letters and digits (what pg_trgm takes for a word), cut to {@value
   * #WORD_LENGTH} characters; the whole text when no word is long enough to have a trigram.
   */
  static String longestWord(String text) {
    var longest = "";
    for (var word : text.split("[^\\p{L}\\p{N}]+")) {
      if (word.codePointCount(0, word.length()) > longest.codePointCount(0, longest.length())) {
        longest = word;
      }
    }
    var length = longest.codePointCount(0, longest.length());
    if (length < SearchTerms.MIN_FRAGMENT_LENGTH) {
      return text;
    }
    return longest.substring(0, longest.offsetByCodePoints(0, Math.min(length, WORD_LENGTH)));
  }

  /** The column is the terms, whatever its case. */
  Condition exactly(Field<String> column) {
    return lower(column).eq(lower(val(terms.text())));
  }

  /**
   * Exact matches of a key column first, then prefixes, then fragments of the fragment columns,
   * each a whole point apart, plus ts_rank's score for the words (normalised into [0, 1)), so that
   * words only ever order hits within one of those classes.
   */
  Field<Double> rank(
      List<Field<String>> keys, List<Field<String>> fragments, Field<Object> search) {
    var words =
        search == null
            ? inline(0.0)
            : field(
                "ts_rank({0}, plainto_tsquery('simple', {1}), 32)",
                SQLDataType.DOUBLE, search, val(terms.text()));
    return matchClass(keys, fragments).cast(SQLDataType.DOUBLE).plus(words);
  }

  private Field<Integer> matchClass(List<Field<String>> keys, List<Field<String>> fragments) {
    var prefix = lower(val(LikePattern.startingWith(terms.text())));
    return when(or(keys.stream().map(this::exactly).toList()), inline(EXACT))
        .when(
            or(keys.stream().map(k -> lower(k).like(prefix, LikePattern.ESCAPE)).toList()),
            inline(PREFIX))
        .when(or(fragments.stream().map(this::fragment).toList()), inline(FRAGMENT))
        .otherwise(inline(0));
  }
}
