package org.crms.adapters.web.user;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import org.crms.application.port.in.user.RegisterUserUseCase;

/**
 * Self-registration: anyone may sign up for an active LIMITED account, unless the installation has
 * closed registration. The new account is then at {@value CurrentUserController#PATH} for its
 * owner, once they have logged in.
 */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RegistrationController {
  private final RegisterUserUseCase registerUser;
  private final HttpClientAddressResolver clientAddress;

  RegistrationController(
      RegisterUserUseCase registerUser, HttpClientAddressResolver clientAddress) {
    this.registerUser = registerUser;
    this.clientAddress = clientAddress;
  }

  @Post("/register")
  HttpResponse<UserResponse> register(@Body RegistrationPayload payload, HttpRequest<?> request) {
    var user = registerUser.register(payload.command(clientAddress.resolve(request)));
    return HttpResponse.created(UserResponse.from(user), URI.create(CurrentUserController.PATH));
  }
}
