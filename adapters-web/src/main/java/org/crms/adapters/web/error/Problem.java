package org.crms.adapters.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem details body, the one error shape of the API.
 *
 * @param type a URI reference naming the kind of problem; {@code about:blank} when the HTTP status
 *     says it all
 * @param title a short summary of the kind of problem, the same for every occurrence
 * @param status the HTTP status code
 * @param detail what went wrong this time, written for the person using the API
 * @param instance the path of the request that failed
 * @param errors every invalid field, for validation problems only
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
    String title,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) int status,
    String detail,
    String instance,
    List<FieldError> errors) {
  public static final String BLANK_TYPE = "about:blank";

  public Problem {
    errors = errors == null ? null : List.copyOf(errors);
  }

  /**
   * A problem fully described by its HTTP status: {@code about:blank} with the status' reason
   * phrase.
   */
  public static Problem of(HttpStatus status, String detail) {
    return new Problem(BLANK_TYPE, status.getReason(), status.getCode(), detail, null, null);
  }

  /** A problem of a kind of our own, named by a type under {@code /problems/}. */
  public static Problem typed(String slug, String title, HttpStatus status, String detail) {
    return new Problem("/problems/" + slug, title, status.getCode(), detail, null, null);
  }

  public Problem withInstance(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, fieldErrors);
  }

  /** One input field that was refused, and why. */
  @Serdeable
  public record FieldError(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String field,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String message) {}
}
