package org.crms.adapters.web.requesttype;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.UUID;
import org.crms.adapters.web.security.Actors;
import org.crms.application.port.in.requesttype.DeleteRequestTypeCommand;
import org.crms.application.port.in.requesttype.DeleteRequestTypeUseCase;
import org.crms.application.port.in.requesttype.RestoreRequestTypeCommand;
import org.crms.application.port.in.requesttype.RestoreRequestTypeUseCase;
import org.crms.domain.requesttype.RequestTypeId;

/**
 * Moves request types to the trash and back, under the request type resource's path. Whether the
 * actor may (admins only), and whether the type is still in use, is decided by the domain.
 */
@Controller(RequestTypeController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RequestTypeTrashController {
  private final DeleteRequestTypeUseCase deleteType;
  private final RestoreRequestTypeUseCase restoreType;

  RequestTypeTrashController(
      DeleteRequestTypeUseCase deleteType, RestoreRequestTypeUseCase restoreType) {
    this.deleteType = deleteType;
    this.restoreType = restoreType;
  }

  @Delete("/{id}")
  HttpResponse<Void> delete(UUID id, Authentication authentication) {
    deleteType.delete(
        new DeleteRequestTypeCommand(Actors.from(authentication), new RequestTypeId(id)));
    return HttpResponse.noContent();
  }

  @Post("/{id}/restore")
  HttpResponse<RequestTypeResponse> restore(UUID id, Authentication authentication) {
    var command = new RestoreRequestTypeCommand(Actors.from(authentication), new RequestTypeId(id));
    return RequestTypeResponse.tagged(restoreType.restore(command));
  }
}
