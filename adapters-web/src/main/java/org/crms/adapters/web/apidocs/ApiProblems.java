package org.crms.adapters.web.apidocs;

import static org.crms.adapters.web.apidocs.ApiDefinition.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.crms.adapters.web.error.Problem;

/**
 * One annotation per problem response of the API, each documenting its status once, the same way
 * everywhere, as {@code application/problem+json} with the {@link Problem} schema. Put them on a
 * controller method (or class) for the problems it may answer that {@link ApiDocs}' bundles do not
 * already list.
 */
public final class ApiProblems {
  private ApiProblems() {}

  /** 400: the body or a query parameter cannot be read. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "400",
      description =
          "The request cannot be read: the body is not JSON of the expected shape, an id in the"
              + " path is not a UUID, or a query parameter is malformed (such as a `cursor` not"
              + " from this API); `errors` names the parameter.",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface BadRequest {}

  /** 401: no valid credentials. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "401",
      description =
          "No valid credentials: send `Authorization: Bearer <token>` or the session cookie. The"
              + " token may be unknown, expired or revoked, or its user deactivated.",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface Unauthorized {}

  /** 403: the caller's role does not allow this, or a browser session lacks its CSRF token. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "403",
      description =
          "Not allowed: the caller's role does not permit this (only admins delete, restore and"
              + " manage users), or a browser session changing data sent no valid `X-CSRF-Token`.",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface Forbidden {}

  /** 404: no such item. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "404",
      description = "No item has this id, or it is in the trash.",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface NotFound {}

  /** 409: the request clashes with the current state of the data. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "409",
      description =
          "The request clashes with the current state: for example the name is taken, the item"
              + " is still in use or not in the trash. `detail` says which.",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface Conflict {}

  /** 412: {@code If-Match} names a version that is no longer current. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "412",
      description =
          "`If-Match` is not the item's current version: it changed since you read it. Read it"
              + " again, reapply your change and retry. Nothing was changed.",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface PreconditionFailed {}

  /** 422: invalid values, every one listed. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "422",
      description = "Invalid values: `errors` lists every invalid field with its message.",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface ValidationFailed {}

  /** 428: a change came without {@code If-Match}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "428",
      description = "`If-Match` is missing (or `*`): send the ETag your change is based on.",
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface PreconditionRequired {}

  /** 429: too many attempts; {@code Retry-After} says when to try again. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "429",
      description = "Too many attempts from this address or for this account.",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait.",
              schema = @Schema(type = "integer")),
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface TooManyAttempts {}

  /** 503: at capacity for password hashing; {@code Retry-After} says when to try again. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
  @ApiResponse(
      responseCode = "503",
      description = "The server is at capacity for password checks; retry later.",
      headers =
          @Header(
              name = "Retry-After",
              description = "Seconds to wait.",
              schema = @Schema(type = "integer")),
      content =
          @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
  public @interface Busy {}
}
