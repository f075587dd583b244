package org.crms.adapters.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.apidocs.ApiProblems;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.auth.CreatePersonalTokenCommand;
import org.crms.application.port.in.auth.CreatePersonalTokenUseCase;
import org.crms.application.port.in.auth.ListPersonalTokensQuery;
import org.crms.application.port.in.auth.ListPersonalTokensUseCase;
import org.crms.application.port.in.auth.RevokePersonalTokenCommand;
import org.crms.application.port.in.auth.RevokePersonalTokenUseCase;
import org.crms.domain.shared.Text;

/**
 * The caller's own personal API tokens, for scripts and tools: list, make, revoke. Nobody sees or
 * revokes another user's tokens; the use cases only ever look among the actor's own.
 */
@Controller(PersonalTokenController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.ACCOUNT)
final class PersonalTokenController {
  static final String PATH = "/api/v1/tokens";

  private final ListPersonalTokensUseCase listTokens;
  private final CreatePersonalTokenUseCase createToken;
  private final RevokePersonalTokenUseCase revokeToken;

  PersonalTokenController(
      ListPersonalTokensUseCase listTokens,
      CreatePersonalTokenUseCase createToken,
      RevokePersonalTokenUseCase revokeToken) {
    this.listTokens = listTokens;
    this.createToken = createToken;
    this.revokeToken = revokeToken;
  }

  /**
   * Lists the caller's personal tokens that are not revoked, without their secrets.
   *
   * @param authentication the caller
   * @return the tokens, newest first
   */
  @Get
  List<PersonalTokenResponse> listPersonalTokens(Authentication authentication) {
    var query = new ListPersonalTokensQuery(Actors.from(authentication));
    return listTokens.list(query).stream().map(PersonalTokenResponse::from).toList();
  }

  /**
   * Makes a personal token for scripts and tools; its secret is in this answer only.
   *
   * @param payload the token's name and how many days it works
   * @param authentication the caller
   */
  @Post
  @Status(HttpStatus.CREATED)
  @ApiResponse(
      responseCode = "201",
      description = "Made; `token` is the secret, shown this once.",
      useReturnTypeSchema = true,
      headers = @Header(name = "Location", schema = @Schema(type = "string")))
  @ApiDocs.IdempotencyKey
  @ApiProblems.BadRequest
  @ApiProblems.Forbidden
  @ApiProblems.ValidationFailed
  HttpResponse<CreatedPersonalTokenResponse> createPersonalToken(
      @Body PersonalTokenPayload payload, Authentication authentication) {
    var command =
        new CreatePersonalTokenCommand(
            Actors.from(authentication), payload.name(), payload.validDays());
    var issued = createToken.create(command);
    var body = CreatedPersonalTokenResponse.from(issued, Text.optional(payload.name()));
    return HttpResponse.created(body, URI.create(PATH + "/" + issued.id()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /**
   * Revokes one of the caller's personal tokens; it stops working at once.
   *
   * @param id the token's id
   * @param authentication the caller
   * @return nothing: the token is revoked
   */
  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @ApiProblems.BadRequest
  @ApiProblems.Forbidden
  @ApiProblems.NotFound
  HttpResponse<Void> revokePersonalToken(UUID id, Authentication authentication) {
    revokeToken.revoke(new RevokePersonalTokenCommand(Actors.from(authentication), id));
    return HttpResponse.noContent();
  }
}
