package org.crms.adapters.web.page;

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
import io.swagger.v3.oas.annotations.Hidden;
import org.crms.adapters.web.error.Problem;
import org.crms.adapters.web.error.ProblemResponses;

/** Serves the pages' style sheet, script and icon to anyone: the login page needs them too. */
@Controller("/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class AssetController {

  /**
   * One asset, from memory, with an {@code ETag}.
   *
   * @param name the file's name
   * @param ifNoneMatch the {@code ETag} of a copy the browser holds
   */
  @Get("/{name}")
  HttpResponse<?> asset(
      String name,
      @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch,
      HttpRequest<?> request) {
    return Assets.file(name)
        .<HttpResponse<?>>map(file -> file.answer(ifNoneMatch))
        .orElseGet(
            () ->
                ProblemResponses.of(
                    request, Problem.of(HttpStatus.NOT_FOUND, "There is no such asset.")));
  }
}
