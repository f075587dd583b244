package org.crms.adapters.web.requesttype;

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
import org.crms.application.port.in.requesttype.DeleteRequestTypeCommand;
import org.crms.application.port.in.requesttype.DeleteRequestTypeUseCase;
import org.crms.application.port.in.requesttype.RestoreRequestTypeCommand;
import org.crms.application.port.in.requesttype.RestoreRequestTypeUseCase;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.shared.ConflictException;

/**
 * The delete and restore buttons of request types. Whether the user may (admins only) is the
 * domain's call: a refusal becomes the 403 page. A type that live requests still use stays, and its
 * page says why; a type that cannot come back (its name was taken meanwhile) stays in the trash,
 * which says why.
 */
@Controller(RequestTypePageController.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
@Hidden
final class RequestTypeTrashPageController {
  static final String TRASH = "/trash";

  private final Pages pages;
  private final DeleteRequestTypeUseCase deleteType;
  private final RestoreRequestTypeUseCase restoreType;

  RequestTypeTrashPageController(
      Pages pages, DeleteRequestTypeUseCase deleteType, RestoreRequestTypeUseCase restoreType) {
    this.pages = pages;
    this.deleteType = deleteType;
    this.restoreType = restoreType;
  }

  @Post("/{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> delete(UUID id, Authentication authentication) {
    try {
      deleteType.delete(
          new DeleteRequestTypeCommand(Actors.from(authentication), new RequestTypeId(id)));
    } catch (ConflictException e) {
      return pages.seeOther(RequestTypePageController.LIST + "/" + id, Flash.error(e.getMessage()));
    }
    return pages.seeOther(RequestTypePageController.LIST, Flash.success(Flash.DELETED));
  }

  @Post("/{id}/restore")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> restore(UUID id, Authentication authentication) {
    try {
      restoreType.restore(
          new RestoreRequestTypeCommand(Actors.from(authentication), new RequestTypeId(id)));
    } catch (ConflictException e) {
      return pages.seeOther(TRASH, Flash.error(e.getMessage()));
    }
    return pages.seeOther(RequestTypePageController.LIST + "/" + id, Flash.success(Flash.RESTORED));
  }
}
