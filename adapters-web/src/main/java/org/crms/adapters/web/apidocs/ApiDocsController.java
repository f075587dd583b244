package org.crms.adapters.web.apidocs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crms.adapters.web.error.Problem;
import org.crms.adapters.web.error.ProblemResponses;

/**
 * Serves the OpenAPI document and a page to browse it (Swagger UI), to anyone: they describe the
 * API, not its data. Everything is answered from memory with an {@code ETag} and public caching.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = ApiDefinition.DOCUMENTATION)
final class ApiDocsController {
  static final String DOCUMENT = "/api/v1/openapi.yml";
  static final String PAGE = "/api/docs";
  static final String ASSETS = "/api/docs/assets/";

  private final DocsFiles files;

  ApiDocsController(DocsFiles files) {
    this.files = files;
  }

  /**
   * The OpenAPI 3 document of this API, in YAML.
   *
   * @param ifNoneMatch the {@code ETag} of a copy the client holds; 304 while it is current
   */
  @Get(DOCUMENT)
  @ApiResponse(
      responseCode = "200",
      description = "The document, generated from the code at build time.",
      content = @Content(mediaType = "application/yaml", schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "304", description = "The copy named in `If-None-Match` is current.")
  HttpResponse<byte[]> openApiDocument(
      @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
    return files.document().answer(ifNoneMatch);
  }

  /**
   * A page to browse the document and try the API out (Swagger UI, served by this application).
   *
   * @param ifNoneMatch the {@code ETag} of a copy the browser holds; 304 while it is current
   */
  @Get(PAGE)
  @ApiResponse(
      responseCode = "200",
      description = "The HTML page; its script and styles are under `/api/docs/assets/`.",
      content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
  @ApiResponse(responseCode = "304", description = "The copy named in `If-None-Match` is current.")
  HttpResponse<byte[]> docsPage(@Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
    return files.page().answer(ifNoneMatch);
  }

  /**
   * A script, style sheet or icon of the documentation page.
   *
   * @param name the file's name, as the page refers to it
   * @param ifNoneMatch the {@code ETag} of a copy the browser holds; 304 while it is current
   * @param request the request, to name in a problem
   */
  @Get(ASSETS + "{name}")
  @ApiResponse(
      responseCode = "200",
      description = "The file.",
      content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "304", description = "The copy named in `If-None-Match` is current.")
  @ApiResponse(
      responseCode = "404",
      description = "The page has no file of this name.",
      content =
          @Content(
              mediaType = ApiDefinition.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  HttpResponse<?> docsAsset(
      String name,
      @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch,
      HttpRequest<?> request) {
    return files
        .asset(name)
        .<HttpResponse<?>>map(file -> file.answer(ifNoneMatch))
        .orElseGet(
            () ->
                ProblemResponses.of(
                    request,
                    Problem.of(HttpStatus.NOT_FOUND, "The documentation page has no such file.")));
  }
}
