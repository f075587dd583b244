package org.crms.application.port.out;

import java.util.List;
import java.util.Optional;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;

/** Loads and stores client requests; applies no business rules. */
public interface ClientRequestRepository {
  /** The request with that id, live or in the trash. */
  Optional<ClientRequest> findById(ClientRequestId id);

  /**
   * Live requests matching the filter, in the sort's order, strictly after the position when one is
   * given.
   *
   * @param filter resolved for the caller and the day ({@link RequestFilter#resolvedFor})
   */
  List<ClientRequest> list(
      RequestFilter filter, RequestSort sort, RequestPosition after, int limit);

  /**
   * Stores a new request.
   *
   * @return the request as stored
   * @throws org.crms.domain.shared.InvalidValueException naming {@code clientId} or {@code typeId}
   *     if, by the time of writing, the client or type is in the trash or does not exist
   */
  ClientRequest add(ClientRequest request);

  /**
   * Stores a changed request, provided the stored version is still the one it was read at.
   *
   * @return the request as stored, with its new version
   * @throws org.crms.domain.shared.StaleAggregateException if the stored version moved on
   * @throws org.crms.domain.shared.InvalidValueException naming {@code clientId} or {@code typeId}
   *     if the request is live but, by the time of writing, its client or type is not
   */
  ClientRequest update(ClientRequest request);
}
