package org.crms.adapters.persistence.request;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.crms.adapters.persistence.jooq.Tables.REQUEST_TYPE;
import static org.jooq.impl.DSL.noCondition;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.crms.application.port.in.request.RequestFilter;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.application.port.out.ClientRequestRepository;
import org.crms.domain.request.ClientRequest;
import org.crms.domain.request.ClientRequestId;
import org.crms.domain.request.RequestDetails;
import org.crms.domain.shared.FieldViolation;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.StaleAggregateException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Client requests in PostgreSQL. Runs inside the caller's transaction and never opens one. */
@Singleton
public final class JooqClientRequestRepository implements ClientRequestRepository {
  /** Every column but the generated search vector, which no request needs to carry. */
  private static final List<Field<?>> COLUMNS =
      Stream.of(CLIENT_REQUEST.fields()).filter(f -> !f.equals(CLIENT_REQUEST.SEARCH)).toList();

  private final DSLContext dsl;

  public JooqClientRequestRepository(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public Optional<ClientRequest> findById(ClientRequestId id) {
    return dsl.select(COLUMNS)
        .from(CLIENT_REQUEST)
        .where(CLIENT_REQUEST.ID.eq(id.value()))
        .fetchOptional(JooqClientRequestRepository::toDomain);
  }

  @Override
  public List<ClientRequest> list(
      RequestFilter filter, RequestSort sort, RequestPosition after, int limit) {
    return dsl.select(COLUMNS)
        .from(CLIENT_REQUEST)
        .where(RequestConditions.matching(filter))
        .and(after == null ? noCondition() : RequestOrderSql.after(sort, after))
        .orderBy(RequestOrderSql.order(sort))
        .limit(limit)
        .fetch(JooqClientRequestRepository::toDomain);
  }

  @Override
  public ClientRequest add(ClientRequest request) {
    holdLiveParents(request.details());
    return dsl.insertInto(CLIENT_REQUEST)
        .set(ClientRequestRecordMapper.toRecord(request))
        .returning(COLUMNS)
        .fetchOne(ClientRequestRecordMapper::toDomain);
  }

  @Override
  public ClientRequest update(ClientRequest request) {
    if (!request.isDeleted()) {
      holdLiveParents(request.details());
    }
    return dsl.update(CLIENT_REQUEST)
        .set(ClientRequestRecordMapper.changeableColumns(request))
        .set(CLIENT_REQUEST.VERSION, CLIENT_REQUEST.VERSION.plus(1))
        .where(CLIENT_REQUEST.ID.eq(request.id().value()))
        .and(CLIENT_REQUEST.VERSION.eq(request.version()))
        .returning(COLUMNS)
        .fetchOptional(ClientRequestRecordMapper::toDomain)
        .orElseThrow(() -> new StaleAggregateException("Request", request.id()));
  }

  /**
   * Makes sure the client and type are live, and keeps them so until the transaction ends: FOR KEY
   * SHARE conflicts with the FOR UPDATE that counting their live requests takes before they may be
   * deleted, so a request can never be written for a client or type that is being deleted.
   */
  private void holdLiveParents(RequestDetails details) {
    var violations = new ArrayList<FieldViolation>();
    var client =
        dsl.selectOne()
            .from(CLIENT)
            .where(CLIENT.ID.eq(details.clientId().value()))
            .and(CLIENT.DELETED_AT.isNull())
            .forKeyShare()
            .fetchOptional();
    if (client.isEmpty()) {
      violations.add(new FieldViolation("clientId", "This client is in the trash or gone."));
    }
    var type =
        dsl.selectOne()
            .from(REQUEST_TYPE)
            .where(REQUEST_TYPE.ID.eq(details.typeId().value()))
            .and(REQUEST_TYPE.DELETED_AT.isNull())
            .forKeyShare()
            .fetchOptional();
    if (type.isEmpty()) {
      violations.add(new FieldViolation("typeId", "This request type is in the trash or gone."));
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException(violations);
    }
  }

  private static ClientRequest toDomain(Record row) {
    return ClientRequestRecordMapper.toDomain(row.into(CLIENT_REQUEST));
  }
}
