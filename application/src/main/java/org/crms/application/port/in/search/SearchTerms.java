package org.crms.application.port.in.search;

import org.crms.domain.shared.Text;

/**
 * What a person typed into the search box: stripped, 1 to {@value #MAX_LENGTH} characters. Words
 * are always matched; fragments of references and names only from {@value #MIN_FRAGMENT_LENGTH}
 * characters on, since a shorter fragment matches too much to be worth the look-up (and has no
 * trigram an index could use).
 */
public record SearchTerms(String text) {
  public static final int MAX_LENGTH = 200;
  public static final int MIN_FRAGMENT_LENGTH = 3;

  /**
   * @throws org.crms.domain.shared.InvalidValueException naming the field {@code q} if the text is
   *     blank or too long
   */
  public SearchTerms {
    text = Text.required("q", text, MAX_LENGTH);
  }

  /** Whether references and names are also searched for the text as a fragment (a substring). */
  public boolean matchesFragments() {
    return text.codePointCount(0, text.length()) >= MIN_FRAGMENT_LENGTH;
  }
}
