package org.crms.adapters.web.user;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.apidocs.ApiProblems;
import org.crms.adapters.web.error.Problem;
import org.crms.application.port.in.user.RegisterUserUseCase;

/**
 * Self-registration: anyone may sign up for an active LIMITED account, unless the installation has
 * closed registration. The new account is then at {@value CurrentUserController#PATH} for its
 * owner, once they have logged in.
 */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = ApiDefinition.AUTHENTICATION)
final class RegistrationController {
  private final RegisterUserUseCase registerUser;
  private final HttpClientAddressResolver clientAddress;

  RegistrationController(
      RegisterUserUseCase registerUser, HttpClientAddressResolver clientAddress) {
    this.registerUser = registerUser;
    this.clientAddress = clientAddress;
  }

  /**
   * Signs up: makes an active LIMITED account, which then logs in as usual.
   *
   * @param payload the new account; the password at least 12 characters, not a common one
   * @param request the request, whose client address counts towards the attempt limits
   */
  @Post("/register")
  @Status(HttpStatus.CREATED)
  @ApiResponse(
      responseCode = "201",
      description = "Signed up; `Location` is where the account can be read once logged in.",
      useReturnTypeSchema = true,
      headers = @Header(name = "Location", schema = @Schema(type = "string")))
  @ApiDocs.IdempotencyKey
  @ApiProblems.BadRequest
  @ApiResponse(
      responseCode = "403",
      description = "This installation does not let people sign themselves up.",
      content =
          @Content(
              mediaType = ApiDefinition.PROBLEM_JSON,
              schema = @Schema(implementation = Problem.class)))
  @ApiProblems.Conflict
  @ApiProblems.ValidationFailed
  @ApiProblems.TooManyAttempts
  @ApiProblems.Busy
  HttpResponse<UserResponse> register(@Body RegistrationPayload payload, HttpRequest<?> request) {
    var user = registerUser.register(payload.command(clientAddress.resolve(request)));
    return HttpResponse.created(UserResponse.from(user), URI.create(CurrentUserController.PATH));
  }
}
