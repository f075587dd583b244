package org.crms.adapters.web.trash;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.client.RestoreClientCommand;
import org.crms.application.port.in.client.RestoreClientUseCase;
import org.crms.application.port.in.contact.RestoreContactRecordCommand;
import org.crms.application.port.in.contact.RestoreContactRecordUseCase;
import org.crms.application.port.in.request.RestoreRequestCommand;
import org.crms.application.port.in.request.RestoreRequestUseCase;
import org.crms.application.port.in.requesttype.RestoreRequestTypeCommand;
import org.crms.application.port.in.requesttype.RestoreRequestTypeUseCase;
import org.crms.domain.client.ClientId;
import org.crms.domain.contact.ContactRecordId;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.ConflictException;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Actor;

/**
 * The restore buttons of the trash page, one route per kind of item, each calling that kind's use
 * case. A refusal about the data (a name taken meanwhile, a request whose client is still in the
 * trash) comes back to the trash as an error message; one about the actor shows the 403 page.
 */
@Controller(TrashPage.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Hidden
final class TrashRestoreController {
  private final Pages pages;
  private final RestoreClientUseCase restoreClient;
  private final RestoreRequestTypeUseCase restoreRequestType;
  private final RestoreRequestUseCase restoreRequest;
  private final RestoreContactRecordUseCase restoreContactRecord;

  TrashRestoreController(
      Pages pages,
      RestoreClientUseCase restoreClient,
      RestoreRequestTypeUseCase restoreRequestType,
      RestoreRequestUseCase restoreRequest,
      RestoreContactRecordUseCase restoreContactRecord) {
    this.pages = pages;
    this.restoreClient = restoreClient;
    this.restoreRequestType = restoreRequestType;
    this.restoreRequest = restoreRequest;
    this.restoreContactRecord = restoreContactRecord;
  }

  @Post("/client/{id}/restore")
  HttpResponse<?> restoreClient(UUID id, Authentication authentication) {
    var command = new RestoreClientCommand(actor(authentication), new ClientId(id));
    return restored(() -> restoreClient.restore(command));
  }

  @Post("/request-type/{id}/restore")
  HttpResponse<?> restoreRequestType(UUID id, Authentication authentication) {
    var command = new RestoreRequestTypeCommand(actor(authentication), new RequestTypeId(id));
    return restored(() -> restoreRequestType.restore(command));
  }

  @Post("/request/{id}/restore")
  HttpResponse<?> restoreRequest(UUID id, Authentication authentication) {
    var command = new RestoreRequestCommand(actor(authentication), new ClientRequestId(id));
    return restored(() -> restoreRequest.restore(command));
  }

  @Post("/contact-record/{id}/restore")
  HttpResponse<?> restoreContactRecord(UUID id, Authentication authentication) {
    var command = new RestoreContactRecordCommand(actor(authentication), new ContactRecordId(id));
    return restored(() -> restoreContactRecord.restore(command));
  }

  /** Back to the trash, saying whether the item came back or why not. */
  private HttpResponse<?> restored(Runnable restoring) {
    try {
      restoring.run();
      return pages.seeOther(TrashPage.PATH, Flash.success(Flash.RESTORED));
    } catch (ConflictException e) {
      return pages.seeOther(TrashPage.PATH, Flash.error(e.getMessage()));
    } catch (InvalidValueException e) {
      var reasons =
          e.violations().stream().map(FieldViolation::message).collect(Collectors.joining(" "));
      return pages.seeOther(TrashPage.PATH, Flash.error(reasons));
    }
  }

  private static Actor actor(Authentication authentication) {
    return Actors.from(authentication);
  }
}
