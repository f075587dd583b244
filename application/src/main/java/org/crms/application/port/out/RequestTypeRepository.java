package org.crms.application.port.out;

import java.util.List;
import java.util.Optional;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.requesttype.RequestTypeName;

/** Loads and stores request types; applies no business rules. */
public interface RequestTypeRepository {
  /** The type with that id, live or in the trash. */
  Optional<RequestType> findById(RequestTypeId id);

  /** Whether a live type other than {@code except} has this name, compared regardless of case. */
  boolean liveNameTaken(RequestTypeName name, RequestTypeId except);

  /**
   * How many requests not in the trash have this type. Keeps the type from gaining a new request
   * until the transaction ends, so that the count still holds when the type is deleted.
   */
  long liveRequestCount(RequestTypeId id);

  /**
   * Live types matching the filter, in the order (names compared regardless of case; ties broken by
   * id in the order's direction), strictly after the position when one is given.
   *
   * @param after a position in this order, or null for the start
   */
  List<RequestType> list(
      RequestTypeFilter filter, ListOrder order, RequestTypePosition after, int limit);

  /**
   * @return the type as stored
   * @throws org.crms.domain.requesttype.DuplicateRequestTypeNameException if a live type has the
   *     name
   */
  RequestType add(RequestType type);

  /**
   * @return the type as stored, with its new version
   * @throws org.crms.domain.shared.StaleAggregateException if the stored version moved on
   * @throws org.crms.domain.requesttype.DuplicateRequestTypeNameException if a live type has the
   *     name
   */
  RequestType update(RequestType type);
}
