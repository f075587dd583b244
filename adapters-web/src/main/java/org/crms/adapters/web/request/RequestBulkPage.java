package org.crms.adapters.web.request;

import java.util.List;
import org.crms.adapters.web.page.Chrome;

/**
 * What a bulk edit did when some requests were refused: how many were changed, and each refused
 * request with the reason.
 *
 * @param summary the sentence about the applied changes
 * @param back the list the edit came from
 */
public record RequestBulkPage(Chrome chrome, String summary, List<Refusal> refused, String back) {

  /** One refused request and why, in the domain's words. */
  public record Refusal(String id, String href, String reason) {}
}
