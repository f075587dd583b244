package org.crms.adapters.web.requesttype;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
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
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.REQUEST_TYPES)
final class RequestTypeTrashController {
  private final DeleteRequestTypeUseCase deleteType;
  private final RestoreRequestTypeUseCase restoreType;

  RequestTypeTrashController(
      DeleteRequestTypeUseCase deleteType, RestoreRequestTypeUseCase restoreType) {
    this.deleteType = deleteType;
    this.restoreType = restoreType;
  }

  /**
   * Moves a request type to the trash (admins only); refused while live requests use it.
   *
   * @param id the request type's id
   * @param authentication the caller
   */
  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @ApiDocs.Trashes
  HttpResponse<Void> deleteRequestType(UUID id, Authentication authentication) {
    deleteType.delete(
        new DeleteRequestTypeCommand(Actors.from(authentication), new RequestTypeId(id)));
    return HttpResponse.noContent();
  }

  /**
   * Brings a request type back from the trash (admins only).
   *
   * @param id the request type's id
   * @param authentication the caller
   */
  @Post("/{id}/restore")
  @ApiDocs.Restores
  HttpResponse<RequestTypeResponse> restoreRequestType(UUID id, Authentication authentication) {
    var command = new RestoreRequestTypeCommand(Actors.from(authentication), new RequestTypeId(id));
    return RequestTypeResponse.tagged(restoreType.restore(command));
  }
}
