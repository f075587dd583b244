package org.crms.adapters.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "velora|velora",
        "Galford Group|Galford",
        "renew certificate 4711|certific",
        "o'brien & co|brien",
        "PAY-2026-0042|2026",
        "ab cd|ab cd",
        "x-12|x-12",
        "Ünïcödé straße|Ünïcödé"
      })
  void the_index_is_asked_for_the_longest_word_cut_to_eight_characters_or_else_the_whole_text(
      String text, String word) {
    assertThat(Match.longestWord(text)).isEqualTo(word);
  }
}
