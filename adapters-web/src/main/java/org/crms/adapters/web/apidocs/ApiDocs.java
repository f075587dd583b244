package org.crms.adapters.web.apidocs;

import static org.crms.adapters.web.apidocs.ApiDefinition.BEARER;
import static org.crms.adapters.web.apidocs.ApiDefinition.SESSION_COOKIE;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.crms.adapters.web.apidocs.ApiProblems.BadRequest;
import org.crms.adapters.web.apidocs.ApiProblems.Conflict;
import org.crms.adapters.web.apidocs.ApiProblems.Forbidden;
import org.crms.adapters.web.apidocs.ApiProblems.NotFound;
import org.crms.adapters.web.apidocs.ApiProblems.PreconditionFailed;
import org.crms.adapters.web.apidocs.ApiProblems.PreconditionRequired;
import org.crms.adapters.web.apidocs.ApiProblems.Unauthorized;
import org.crms.adapters.web.apidocs.ApiProblems.ValidationFailed;

/**
 * What the common kinds of endpoint answer, for the OpenAPI document: one annotation per kind puts
 * its success response (with {@code ETag} and {@code Location} where they apply) and its problem
 * responses on a controller method. A kind whose success is not 200 needs Micronaut's {@code
 * Status} on the method too, so that the document does not also list a 200.
 */
public final class ApiDocs {
  static final String ETAG = "The item's version: send it back in `If-Match` to change the item.";

  /**
   * The 200 of a list that is also a CSV export. Such a method declares its 200 itself, with the
   * JSON page's schema (written in {@code src/main/openapi}, since an annotation cannot name a
   * generic type) and {@code text/csv}.
   */
  public static final String LIST_OR_CSV =
      "One page of the list as JSON; or, with `format=csv` or `Accept: text/csv` (without JSON),"
          + " every item matching the filters as CSV (RFC 4180, UTF-8): a header row, then one row"
          + " per item in the list's order. Text a spreadsheet would run as a formula starts with"
          + " an apostrophe.";

  private ApiDocs() {}

  /**
   * On a controller (or method) for signed-in callers: a bearer token or the session cookie, else
   * 401.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @SecurityRequirement(name = BEARER)
  @SecurityRequirement(name = SESSION_COOKIE)
  @Unauthorized
  public @interface SignedIn {}

  /** The optional {@code Idempotency-Key} header of a POST that creates something. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @Parameter(
      name = "Idempotency-Key",
      in = ParameterIn.HEADER,
      ref = "#/components/parameters/IdempotencyKey")
  public @interface IdempotencyKey {}

  /** GET of a keyset page: 400 for an unreadable cursor or filter, 422 for a bad limit. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @BadRequest
  @ValidationFailed
  public @interface Lists {}

  /** GET of one versioned item: 200 with its {@code ETag}, or 404. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "200",
      description = "The item.",
      useReturnTypeSchema = true,
      headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")))
  @BadRequest
  @NotFound
  public @interface Reads {}

  /** POST creating a versioned item; also {@code @Status(HttpStatus.CREATED)}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "201",
      description = "Created.",
      useReturnTypeSchema = true,
      headers = {
        @Header(
            name = "Location",
            description = "The new item's URL.",
            schema = @Schema(type = "string")),
        @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string"))
      })
  @IdempotencyKey
  @BadRequest
  @Forbidden
  @Conflict
  @ValidationFailed
  public @interface Creates {}

  /** PUT replacing a versioned item, guarded by {@code If-Match}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "200",
      description = "Replaced; the item as stored now.",
      useReturnTypeSchema = true,
      headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")))
  @BadRequest
  @Forbidden
  @NotFound
  @Conflict
  @PreconditionFailed
  @ValidationFailed
  @PreconditionRequired
  public @interface Replaces {}

  /**
   * POST moving a versioned item along its workflow: {@code If-Match} is optional (412 if stale),
   * and a move the workflow does not allow is 409.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "200",
      description = "Moved; the item as stored now.",
      useReturnTypeSchema = true,
      headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")))
  @IdempotencyKey
  @BadRequest
  @Forbidden
  @NotFound
  @Conflict
  @PreconditionFailed
  @ValidationFailed
  public @interface Moves {}

  /** DELETE moving an item to the trash; also {@code @Status(HttpStatus.NO_CONTENT)}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(responseCode = "204", description = "Moved to the trash.")
  @BadRequest
  @Forbidden
  @NotFound
  @Conflict
  public @interface Trashes {}

  /** POST bringing an item back from the trash. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "200",
      description = "Restored; the item as stored now.",
      useReturnTypeSchema = true,
      headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = "string")))
  @BadRequest
  @Forbidden
  @NotFound
  @Conflict
  public @interface Restores {}
}
