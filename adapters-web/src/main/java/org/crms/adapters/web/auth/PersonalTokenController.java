package org.crms.adapters.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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

  @Get
  List<PersonalTokenResponse> list(Authentication authentication) {
    var query = new ListPersonalTokensQuery(Actors.from(authentication));
    return listTokens.list(query).stream().map(PersonalTokenResponse::from).toList();
  }

  @Post
  HttpResponse<CreatedPersonalTokenResponse> create(
      @Body PersonalTokenPayload payload, Authentication authentication) {
    var command =
        new CreatePersonalTokenCommand(
            Actors.from(authentication), payload.name(), payload.validDays());
    var issued = createToken.create(command);
    var body = CreatedPersonalTokenResponse.from(issued, Text.optional(payload.name()));
    return HttpResponse.created(body, URI.create(PATH + "/" + issued.id()))
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  @Delete("/{id}")
  HttpResponse<Void> revoke(UUID id, Authentication authentication) {
    revokeToken.revoke(new RevokePersonalTokenCommand(Actors.from(authentication), id));
    return HttpResponse.noContent();
  }
}
