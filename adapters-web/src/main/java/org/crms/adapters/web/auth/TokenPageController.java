package org.crms.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.auth.CreatePersonalTokenCommand;
import org.crms.application.port.in.auth.CreatePersonalTokenUseCase;
import org.crms.application.port.in.auth.ListPersonalTokensQuery;
import org.crms.application.port.in.auth.ListPersonalTokensUseCase;
import org.crms.application.port.in.auth.RevokePersonalTokenCommand;
import org.crms.application.port.in.auth.RevokePersonalTokenUseCase;
import org.crms.domain.shared.InvalidValueException;

/**
 * The page of one's own personal API tokens: list them, make one (its secret shown on the answer to
 * the form, once, never by redirect or flash), revoke one. Nobody sees another user's tokens: the
 * use cases only ever look among the actor's own.
 */
@Controller("/tokens")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class TokenPageController {
  static final String REVOKED = "The token has been revoked.";
  private static final String LIST = "token/list.jte";

  private final ListPersonalTokensUseCase listTokens;
  private final CreatePersonalTokenUseCase createToken;
  private final RevokePersonalTokenUseCase revokeToken;
  private final Pages pages;

  TokenPageController(
      ListPersonalTokensUseCase listTokens,
      CreatePersonalTokenUseCase createToken,
      RevokePersonalTokenUseCase revokeToken,
      Pages pages) {
    this.listTokens = listTokens;
    this.createToken = createToken;
    this.revokeToken = revokeToken;
    this.pages = pages;
  }

  @Get
  HttpResponse<?> list(HttpRequest<?> request, Authentication authentication) {
    return listPage(HttpStatus.OK, request, authentication, TokenForm.EMPTY, FieldErrors.none());
  }

  @Post
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> create(
      @Body @Nullable TokenForm submitted, HttpRequest<?> request, Authentication authentication) {
    var form = submitted == null ? TokenForm.EMPTY : submitted;
    try {
      var command =
          new CreatePersonalTokenCommand(
              Actors.from(authentication), form.name(), TokenValues.days(form.validDays()));
      var issued = createToken.create(command);
      var page = CreatedTokenPage.of(pages.chrome(request), form.name(), issued);
      return pages
          .ok(request, "token/created.jte", page)
          .header(HttpHeaders.CACHE_CONTROL, "no-store");
    } catch (InvalidValueException e) {
      var errors = FieldErrors.of(e);
      return listPage(HttpStatus.UNPROCESSABLE_ENTITY, request, authentication, form, errors);
    }
  }

  @Post("/{id}/revoke")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> revoke(UUID id, Authentication authentication) {
    revokeToken.revoke(new RevokePersonalTokenCommand(Actors.from(authentication), id));
    return pages.seeOther("/tokens", Flash.success(REVOKED));
  }

  private HttpResponse<?> listPage(
      HttpStatus status,
      HttpRequest<?> request,
      Authentication authentication,
      TokenForm form,
      FieldErrors errors) {
    var tokens = listTokens.list(new ListPersonalTokensQuery(Actors.from(authentication)));
    var page = TokenListPage.of(pages.chrome(request), tokens, form, errors);
    return pages.render(status, request, LIST, page);
  }
}
