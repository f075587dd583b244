package org.crms.adapters.web.auth;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.error.Problem;

/**
 * What the browser session endpoints of {@link SessionController} answer, for the OpenAPI document:
 * a redirect, whatever the outcome, and a problem only when the CSRF defence refuses the form. The
 * methods also carry {@code @Status(HttpStatus.SEE_OTHER)}, so that no 200 is listed.
 */
final class BrowserSessionDocs {
  private BrowserSessionDocs() {}

  /** The answers of the login form. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "303",
      description =
          "To `next` with the session cookie set; refused, back to `/login?error=credentials`"
              + " (or `throttled`, `busy`), or to `/account-disabled`.",
      headers = {
        @Header(name = "Location", schema = @Schema(type = "string")),
        @Header(name = "Set-Cookie", description = "The HttpOnly session cookie, on success.")
      })
  @ApiResponse(
      responseCode = "403",
      description = "The form was posted from another site.",
      content =
          @Content(
              mediaType = ApiDefinition.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @interface LogIn {}

  /** The answers of logging out. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "303",
      description = "To `/login?logged-out`, with the session cookie cleared.",
      headers = @Header(name = "Location", schema = @Schema(type = "string")))
  @ApiResponse(
      responseCode = "403",
      description = "A valid session sent no valid CSRF token.",
      content =
          @Content(
              mediaType = ApiDefinition.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @interface LogOut {}
}
