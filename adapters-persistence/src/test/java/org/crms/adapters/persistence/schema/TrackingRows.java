package org.crms.adapters.persistence.schema;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Valid rows of the request-tracking tables, written in plain SQL so that a schema test sees what
 * the database itself accepts or refuses, whatever the adapters do. Each row can be changed column
 * by column before it is inserted; a null value leaves the column out (its default, or null).
 */
final class TrackingRows {
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 10, 30, 0, 0, ZoneOffset.UTC);

  private final DSLContext dsl;

  TrackingRows(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A row of one table, inserted by {@link #insert()}. */
  final class Row {
    private final String table;
    private final Map<String, Object> columns = new LinkedHashMap<>();

    private Row(String table) {
      this.table = table;
    }

    Row with(String column, Object value) {
      if (value == null) {
        columns.remove(column);
      } else {
        columns.put(column, value);
      }
      return this;
    }

    /**
     * @return the row's id
     */
    UUID insert() {
      var values = new LinkedHashMap<Field<?>, Object>();
      columns.forEach((column, value) -> values.put(field(name(column)), value));
      dsl.insertInto(table(name(table))).set(values).execute();
      return (UUID) columns.get("id");
    }
  }

  UUID user() {
    var id = UUID.randomUUID();
    dsl.execute(
        "insert into app_user (id, username, email, role, active, password_hash, created_at)"
            + " values (?, ?, ?, 'LIMITED', true, 'h', now())",
        id,
        "u" + id.toString().substring(0, 12),
        id + "@example.org");
    return id;
  }

  UUID client() {
    var id = UUID.randomUUID();
    dsl.execute(
        "insert into client (id, name, created_at, updated_at) values (?, ?, now(), now())",
        id,
        "Client " + id);
    return id;
  }

  Row type() {
    var id = UUID.randomUUID();
    return new Row("request_type")
        .with("id", id)
        .with("name", "Type " + id)
        .with("created_at", AT)
        .with("updated_at", AT);
  }

  /** A pending request of a new client and a new type. */
  Row request() {
    return new Row("client_request")
        .with("id", UUID.randomUUID())
        .with("client_id", client())
        .with("type_id", type().insert())
        .with("title", "Check the plugins")
        .with("status", "PENDING")
        .with("created_at", AT)
        .with("updated_at", AT);
  }

  /** A successful phone contact about no request. */
  Row contact() {
    return new Row("contact_record")
        .with("id", UUID.randomUUID())
        .with("payment_reference", "PAY-2026-0001")
        .with("first_name", "Ada")
        .with("last_name", "Lovelace")
        .with("method", "PHONE")
        .with("contacted_at", AT)
        .with("outcome", "CONTACT_SUCCESSFUL")
        .with("notes", "Called about the rejected payment.")
        .with("created_at", AT)
        .with("updated_at", AT);
  }

  /** The day of {@link #AT}. */
  static LocalDate day() {
    return AT.toLocalDate();
  }
}
