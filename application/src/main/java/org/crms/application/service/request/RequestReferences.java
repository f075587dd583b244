package org.crms.application.service.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.RequestTypeRepository;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.client.ClientId;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.requesttype.TargetDays;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.UserId;

/**
 * Checks what a request refers to: its client must be live, its type live (and active, to be chosen
 * for new work), its owner an active user. Every bad reference is reported at once, as a field
 * error on {@code clientId}, {@code typeId} or {@code ownerId}.
 */
public final class RequestReferences {
  private final ClientRepository clients;
  private final RequestTypeRepository types;
  private final UserRepository users;

  public RequestReferences(
      ClientRepository clients, RequestTypeRepository types, UserRepository users) {
    this.clients = clients;
    this.types = types;
    this.users = users;
  }

  /**
   * For a new request.
   *
   * @return the type's default target, or null when it has none
   * @throws InvalidValueException naming every reference that is not as it must be
   */
  TargetDays checkNew(RequestDetails details, UserId owner) {
    var violations = new ArrayList<FieldViolation>();
    checkClient(details.clientId(), violations);
    var type = checkTypeForNewWork(details.typeId(), violations);
    checkOwner(owner, violations);
    throwIfAny(violations);
    return type.details().targetDays();
  }

  /**
   * For an edit: only the references that change are checked, so that a request keeps an owner who
   * has been deactivated since, or a type that is no longer offered.
   *
   * @throws InvalidValueException naming every changed reference that is not as it must be
   */
  void checkChange(ClientRequest request, RequestDetails next, UserId nextOwner) {
    var violations = new ArrayList<FieldViolation>();
    var current = request.details();
    if (!next.clientId().equals(current.clientId())) {
      checkClient(next.clientId(), violations);
    }
    if (!next.typeId().equals(current.typeId())) {
      checkTypeForNewWork(next.typeId(), violations);
    }
    if (!Objects.equals(nextOwner, request.owner().orElse(null))) {
      checkOwner(nextOwner, violations);
    }
    throwIfAny(violations);
  }

  /**
   * For a request coming back from the trash: what it belongs to must be live.
   *
   * @throws InvalidValueException naming the client or type that is not
   */
  void checkRestorable(ClientRequest request) {
    var violations = new ArrayList<FieldViolation>();
    checkClient(request.details().clientId(), violations);
    liveType(request.details().typeId(), violations);
    throwIfAny(violations);
  }

  private void checkClient(ClientId id, List<FieldViolation> violations) {
    var client = clients.findById(id);
    if (client.isEmpty()) {
      violations.add(new FieldViolation("clientId", "No client has this id."));
    } else if (client.get().isDeleted()) {
      violations.add(new FieldViolation("clientId", "This client is in the trash."));
    }
  }

  /** A type takes new requests while it is live and active. */
  private RequestType checkTypeForNewWork(RequestTypeId id, List<FieldViolation> violations) {
    var type = liveType(id, violations);
    if (type != null && !type.isActive()) {
      violations.add(
          new FieldViolation("typeId", "This request type is inactive; choose an active one."));
    }
    return type;
  }

  private RequestType liveType(RequestTypeId id, List<FieldViolation> violations) {
    var type = types.findById(id);
    if (type.isEmpty()) {
      violations.add(new FieldViolation("typeId", "No request type has this id."));
      return null;
    }
    if (type.get().isDeleted()) {
      violations.add(new FieldViolation("typeId", "This request type is in the trash."));
      return null;
    }
    return type.get();
  }

  /** Nobody, or an active user. */
  private void checkOwner(UserId owner, List<FieldViolation> violations) {
    if (owner == null) {
      return;
    }
    var user = users.findById(owner);
    if (user.isEmpty()) {
      violations.add(new FieldViolation("ownerId", "No user has this id."));
    } else if (!user.get().isActive()) {
      violations.add(
          new FieldViolation("ownerId", "This user's account is inactive; choose an active user."));
    }
  }

  private static void throwIfAny(List<FieldViolation> violations) {
    if (!violations.isEmpty()) {
      throw new InvalidValueException(violations);
    }
  }
}
