package org.crms.adapters.persistence.client;

import static org.crms.adapters.persistence.jooq.Tables.CLIENT;
import static org.crms.adapters.persistence.jooq.Tables.CLIENT_REQUEST;
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
import org.crms.application.port.in.client.ClientFilter;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.application.port.out.ClientRepository;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientId;
import org.crms.domain.client.ClientName;
import org.crms.domain.client.DuplicateClientNameException;
import org.crms.domain.shared.StaleAggregateException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Clients in PostgreSQL. Runs inside the caller's transaction and never opens one. */
@Singleton
public final class JooqClientRepository implements ClientRepository {
  /** The partial unique index on live names (see V1); its violation means a duplicate name. */
  static final String LIVE_NAME_UNIQUE = "client_live_name_uq";

  private static final NamedListColumns COLUMNS =
      new NamedListColumns(CLIENT.NAME, CLIENT.CREATED_AT, CLIENT.UPDATED_AT, CLIENT.ID);

  private final DSLContext dsl;

  public JooqClientRepository(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public Optional<Client> findById(ClientId id) {
    return dsl.selectFrom(CLIENT)
        .where(CLIENT.ID.eq(id.value()))
        .fetchOptional(ClientRecordMapper::toDomain);
  }

  @Override
  public boolean liveNameTaken(ClientName name, ClientId except) {
    // lower() on both sides, exactly as the unique index compares, rather than Java's idea of lower
    // case.
    var sameName = lower(CLIENT.NAME).eq(lower(val(name.value())));
    var others = except == null ? noCondition() : CLIENT.ID.ne(except.value());
    return dsl.fetchExists(CLIENT, CLIENT.DELETED_AT.isNull().and(sameName).and(others));
  }

  @Override
  public long liveRequestCount(ClientId id) {
    // The lock conflicts with the FOR KEY SHARE a request takes on its client when it is written,
    // so that no request can be opened for the client between this count and its deletion.
    dsl.selectOne().from(CLIENT).where(CLIENT.ID.eq(id.value())).forUpdate().execute();
    // Says "deleted_at IS NULL" itself, so that the partial index client_request_live_client_idx
    // serves it.
    return dsl.fetchCount(
        CLIENT_REQUEST,
        CLIENT_REQUEST.CLIENT_ID.eq(id.value()).and(CLIENT_REQUEST.DELETED_AT.isNull()));
  }

  @Override
  public List<Client> list(ClientFilter filter, ListOrder order, ClientPosition after, int limit) {
    return dsl.selectFrom(CLIENT)
        .where(matching(filter))
        .and(
            after == null
                ? noCondition()
                : COLUMNS.after(order, after.name(), after.at(), after.id().value()))
        .orderBy(COLUMNS.orderBy(order))
        .limit(limit)
        .fetch(ClientRecordMapper::toDomain);
  }

  private static Condition matching(ClientFilter filter) {
    var condition =
        CLIENT.DELETED_AT.isNull().and(COLUMNS.within(filter.created(), filter.updated()));
    if (filter.active() != null) {
      condition = condition.and(CLIENT.ACTIVE.eq(filter.active()));
    }
    if (filter.nameContains() != null) {
      var pattern = lower(val(LikePattern.containing(filter.nameContains())));
      condition = condition.and(lower(CLIENT.NAME).like(pattern, LikePattern.ESCAPE));
    }
    return condition;
  }

  @Override
  public Client add(Client client) {
    try {
      return dsl.insertInto(CLIENT)
          .set(ClientRecordMapper.toRecord(client))
          .returning()
          .fetchOne(ClientRecordMapper::toDomain);
    } catch (DataAccessException e) {
      throw translated(e, client);
    }
  }

  @Override
  public Client update(Client client) {
    try {
      return dsl.update(CLIENT)
          .set(ClientRecordMapper.changeableColumns(client))
          .set(CLIENT.VERSION, CLIENT.VERSION.plus(1))
          .where(CLIENT.ID.eq(client.id().value()))
          .and(CLIENT.VERSION.eq(client.version()))
          .returning()
          .fetchOptional(ClientRecordMapper::toDomain)
          .orElseThrow(() -> new StaleAggregateException("Client", client.id()));
    } catch (DataAccessException e) {
      throw translated(e, client);
    }
  }

  private static RuntimeException translated(DataAccessException failure, Client client) {
    return UniqueViolation.of(failure, LIVE_NAME_UNIQUE)
        ? new DuplicateClientNameException(client.name())
        : failure;
  }
}
