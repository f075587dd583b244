package org.crms.adapters.web.page;

import io.micronaut.core.annotation.Nullable;

/**
 * What every page shows around its content: who is signed in (for the navigation and the admin
 * links), the session's CSRF token (for every form), the flash message left by the previous action,
 * and the path of the page (to mark the current navigation entry and to come back after signing
 * in).
 *
 * @param viewer the signed-in user, null for an anonymous visitor
 * @param csrfToken the token every form of a signed-in page carries; empty when anonymous
 * @param flash the outcome of the previous action, if any
 * @param path the path of this page, without its query
 */
public record Chrome(
    @Nullable Viewer viewer, String csrfToken, @Nullable Flash flash, String path) {

  /** Whether someone is signed in. */
  public boolean signedIn() {
    return viewer != null;
  }

  /** Whether the viewer may see admin pages and delete buttons; the domain still decides. */
  public boolean admin() {
    return viewer != null && viewer.admin();
  }

  /** Whether this page is, or is under, the given section path: marks the current nav entry. */
  public boolean within(String section) {
    return path.equals(section) || path.startsWith(section + "/");
  }
}
