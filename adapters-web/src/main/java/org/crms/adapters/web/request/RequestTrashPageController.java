package org.crms.adapters.web.request;

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
import org.crms.adapters.web.page.Flash;
import org.crms.adapters.web.page.Pages;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.request.DeleteRequestCommand;
import org.crms.application.port.in.request.DeleteRequestUseCase;
import org.crms.application.port.in.request.RestoreRequestCommand;
import org.crms.application.port.in.request.RestoreRequestUseCase;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestNotDeletedException;
import org.crms.domain.shared.InvalidValueException;

/**
 * The delete and restore buttons of requests. Only admins see them; the domain refuses everyone
 * else, which the error pages show as 403.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestTrashPageController {
  private final Pages pages;
  private final DeleteRequestUseCase deleteRequest;
  private final RestoreRequestUseCase restoreRequest;

  RequestTrashPageController(
      Pages pages, DeleteRequestUseCase deleteRequest, RestoreRequestUseCase restoreRequest) {
    this.pages = pages;
    this.deleteRequest = deleteRequest;
    this.restoreRequest = restoreRequest;
  }

  @Post("/requests/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(UUID id, Authentication authentication) {
    deleteRequest.delete(
        new DeleteRequestCommand(Actors.from(authentication), new ClientRequestId(id)));
    return pages.seeOther(RequestListLinks.PAGE, Flash.success(Flash.DELETED));
  }

  /** Back to the request; if its client or type is in the trash, back to the trash to say so. */
  @Post("/requests/{id}/restore")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> restore(UUID id, Authentication authentication) {
    var back = "/requests/" + id;
    try {
      restoreRequest.restore(
          new RestoreRequestCommand(Actors.from(authentication), new ClientRequestId(id)));
      return pages.seeOther(back, Flash.success(Flash.RESTORED));
    } catch (RequestNotDeletedException e) {
      return pages.seeOther(back, Flash.error(e.getMessage()));
    } catch (InvalidValueException e) {
      return pages.seeOther("/trash", Flash.error(RequestViews.messages(e)));
    }
  }
}
