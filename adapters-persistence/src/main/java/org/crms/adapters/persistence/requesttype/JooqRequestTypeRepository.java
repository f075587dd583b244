package org.crms.adapters.persistence.requesttype;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
import static org.crms.adapters.persistence.jooq.Tables.REQUEST_TYPE;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crms.adapters.persistence.shared.LikePattern;
import org.crms.adapters.persistence.shared.NamedListColumns;
import org.crms.adapters.persistence.shared.UniqueViolation;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.application.port.out.RequestTypeRepository;
import org.crms.domain.requesttype.DuplicateRequestTypeNameException;
import org.crms.domain.requesttype.RequestType;
import org.crms.domain.requesttype.RequestTypeId;
import org.crms.domain.requesttype.RequestTypeName;
import org.crms.domain.shared.StaleAggregateException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Request types in PostgreSQL. Runs inside the caller's transaction and never opens one. */
@Singleton
public final class JooqRequestTypeRepository implements RequestTypeRepository {
  /** The partial unique index on live names (see V5); its violation means a duplicate name. */
  static final String LIVE_NAME_UNIQUE = "request_type_live_name_uq";

  private static final NamedListColumns COLUMNS =
      new NamedListColumns(
          REQUEST_TYPE.NAME, REQUEST_TYPE.CREATED_AT, REQUEST_TYPE.UPDATED_AT, REQUEST_TYPE.ID);

  private final DSLContext dsl;

  public JooqRequestTypeRepository(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public Optional<RequestType> findById(RequestTypeId id) {
    return dsl.selectFrom(REQUEST_TYPE)
        .where(REQUEST_TYPE.ID.eq(id.value()))
        .fetchOptional(RequestTypeRecordMapper::toDomain);
  }

  @Override
  public boolean liveNameTaken(RequestTypeName name, RequestTypeId except) {
    // lower() on both sides, exactly as the unique index compares, rather than Java's idea of lower
    // case.
    var sameName = lower(REQUEST_TYPE.NAME).eq(lower(val(name.value())));
    var others = except == null ? noCondition() : REQUEST_TYPE.ID.ne(except.value());
    return dsl.fetchExists(
        REQUEST_TYPE, REQUEST_TYPE.DELETED_AT.isNull().and(sameName).and(others));
  }

  @Override
  public long liveRequestCount(RequestTypeId id) {
    // The lock conflicts with the FOR KEY SHARE a request takes on its type when it is written, so
    // that no request can be opened with the type between this count and its deletion.
    dsl.selectOne().from(REQUEST_TYPE).where(REQUEST_TYPE.ID.eq(id.value())).forUpdate().execute();
    // Says "deleted_at IS NULL" itself, so that the partial index client_request_live_type_idx
    // serves it.
    return dsl.fetchCount(
        CLIENT_REQUEST,
        CLIENT_REQUEST.TYPE_ID.eq(id.value()).and(CLIENT_REQUEST.DELETED_AT.isNull()));
  }

  @Override
  public List<RequestType> list(
      RequestTypeFilter filter, ListOrder order, RequestTypePosition after, int limit) {
    return dsl.selectFrom(REQUEST_TYPE)
        .where(matching(filter))
        .and(
            after == null
                ? noCondition()
                : COLUMNS.after(order, after.name(), after.at(), after.id().value()))
        .orderBy(COLUMNS.orderBy(order))
        .limit(limit)
        .fetch(RequestTypeRecordMapper::toDomain);
  }

  private static Condition matching(RequestTypeFilter filter) {
    var condition =
        REQUEST_TYPE.DELETED_AT.isNull().and(COLUMNS.within(filter.created(), filter.updated()));
    if (filter.active() != null) {
      condition = condition.and(REQUEST_TYPE.ACTIVE.eq(filter.active()));
    }
    if (filter.nameContains() != null) {
      var pattern = lower(val(LikePattern.containing(filter.nameContains())));
      condition = condition.and(lower(REQUEST_TYPE.NAME).like(pattern, LikePattern.ESCAPE));
    }
    return condition;
  }

  @Override
  public RequestType add(RequestType type) {
    try {
      return dsl.insertInto(REQUEST_TYPE)
          .set(RequestTypeRecordMapper.toRecord(type))
          .returning()
          .fetchOne(RequestTypeRecordMapper::toDomain);
    } catch (DataAccessException e) {
      throw translated(e, type);
    }
  }

  @Override
  public RequestType update(RequestType type) {
    try {
      return dsl.update(REQUEST_TYPE)
          .set(RequestTypeRecordMapper.changeableColumns(type))
          .set(REQUEST_TYPE.VERSION, REQUEST_TYPE.VERSION.plus(1))
          .where(REQUEST_TYPE.ID.eq(type.id().value()))
          .and(REQUEST_TYPE.VERSION.eq(type.version()))
          .returning()
          .fetchOptional(RequestTypeRecordMapper::toDomain)
          .orElseThrow(() -> new StaleAggregateException("Request type", type.id()));
    } catch (DataAccessException e) {
      throw translated(e, type);
    }
  }

  private static RuntimeException translated(DataAccessException failure, RequestType type) {
    return UniqueViolation.of(failure, LIVE_NAME_UNIQUE)
        ? new DuplicateRequestTypeNameException(type.name())
        : failure;
  }
}
