package org.crms.adapters.persistence.trash;

import static org.crms.adapters.persistence.jooq.Tables.APP_USER;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectFrom;
import static org.jooq.impl.DSL.val;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.crms.application.port.in.trash.TrashItem;
import org.crms.application.port.in.trash.TrashPosition;
import org.crms.application.port.out.TrashQueries;
import org.crms.domain.audit.ItemType;
import org.crms.domain.user.UserId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.impl.SQLDataType;

/**
 * The trash in PostgreSQL: each table's page read from its own trash index (V8), newest deletion
 * first, and the pages merged into one. Every part says {@code deleted_at IS NOT NULL} literally,
 * the predicate of those partial indexes.
 */
@Singleton
public final class JooqTrashQueries implements TrashQueries {
  private static final List<ItemType> KINDS =
      List.of(ItemType.CLIENT, ItemType.REQUEST_TYPE, ItemType.REQUEST, ItemType.CONTACT_RECORD);
  private static final Field<String> ITEM_TYPE = field(name("item_type"), SQLDataType.CLOB);
  private static final Field<UUID> ID = field(name("id"), SQLDataType.UUID);
  private static final Field<String> LABEL = field(name("label"), SQLDataType.CLOB);
  private static final Field<Instant> DELETED_AT = field(name("deleted_at"), SQLDataType.INSTANT);
  private static final Field<UUID> DELETED_BY = field(name("deleted_by"), SQLDataType.UUID);

  private final DSLContext dsl;

  public JooqTrashQueries(DSLContext dsl) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
  }

  @Override
  public List<TrashItem> list(ItemType itemType, TrashPosition after, int limit) {
    var merged =
        KINDS.stream()
            .filter(kind -> itemType == null || kind == itemType)
            .map(kind -> part(TrashSource.of(kind), after, limit))
            .reduce(Select::unionAll)
            .orElseThrow(() -> new IllegalArgumentException("never in the trash: " + itemType));
    var page =
        selectFrom(merged.asTable("part"))
            .orderBy(DELETED_AT.desc(), ID.desc())
            .limit(limit)
            .asTable("page");
    return dsl.select(
            page.field(ITEM_TYPE),
            page.field(ID),
            page.field(LABEL),
            page.field(DELETED_AT),
            page.field(DELETED_BY),
            APP_USER.USERNAME)
        .from(page)
        .leftJoin(APP_USER)
        .on(APP_USER.ID.eq(page.field(DELETED_BY)))
        .orderBy(page.field(DELETED_AT).desc(), page.field(ID).desc())
        .fetch(
            row ->
                new TrashItem(
                    TrashSource.kindOf(row.value1()),
                    row.value2(),
                    row.value3(),
                    row.value4(),
                    row.value5() == null ? null : new UserId(row.value5()),
                    row.value6()));
  }

  /**
   * One table's first deleted rows after the position, in its trash index's order; the row-value
   * comparison lets PostgreSQL seek straight to the position.
   */
  private static Select<Record5<String, UUID, String, Instant, UUID>> part(
      TrashSource source, TrashPosition after, int limit) {
    var keyset =
        after == null
            ? noCondition()
            : row(source.deletedAt(), source.id()).lt(row(val(after.deletedAt()), val(after.id())));
    return select(
            inline(source.code()).as(ITEM_TYPE),
            source.id().as(ID),
            source.label().as(LABEL),
            source.deletedAt().as(DELETED_AT),
            source.deletedBy().as(DELETED_BY))
        .from(source.table())
        .where(source.deletedAt().isNotNull())
        .and(keyset)
        .orderBy(source.deletedAt().desc(), source.id().desc())
        .limit(limit);
  }
}
