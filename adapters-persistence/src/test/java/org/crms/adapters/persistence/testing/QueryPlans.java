package org.crms.adapters.persistence.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Learns how PostgreSQL would run the statements an adapter sends. Build the adapter on {@link
 * #recordingDsl()}, let it work, then explain what it sent:
 *
 * <pre>{@code
 * var plans = new QueryPlans(dsl);
 * var adapter = new JooqSearchIndex(plans.recordingDsl());
 * for (var plan : plans.explainAll(() -> adapter.clients(terms, 10))) {
 *   assertThat(QueryPlans.sequentialScans(plan, List.of("client"))).isEmpty();
 * }
 * }</pre>
 *
 * Statements are explained with their bind values inlined, as PostgreSQL plans them when it knows
 * the values (the first executions of a prepared statement always do). EXPLAIN without ANALYZE runs
 * nothing.
 */
public final class QueryPlans {
  private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

  private final DSLContext dsl;
  private final DSLContext recording;
  private final List<Query> sent = new ArrayList<>();

  public QueryPlans(DSLContext dsl) {
    this.dsl = dsl;
    this.recording =
        dsl.configuration()
            .derive(
                new DefaultExecuteListenerProvider(
                    new ExecuteListener() {
                      @Override
                      public void executeStart(ExecuteContext ctx) {
                        synchronized (sent) {
                          sent.add(ctx.query());
                        }
                      }
                    }))
            .dsl();
  }

  /** A context on the same database that records every statement run through it. */
  public DSLContext recordingDsl() {
    return recording;
  }

  /**
   * Runs the action and returns the SQL of each statement it sent through {@link #recordingDsl()},
   * bind values inlined, in order.
   */
  public List<String> statementsOf(Runnable action) {
    synchronized (sent) {
      sent.clear();
    }
    action.run();
    synchronized (sent) {
      return sent.stream().map(dsl::renderInlined).toList();
    }
  }

  /** The plan of each statement the action sent, as EXPLAIN prints it. */
  public List<String> explainAll(Runnable action) {
    return statementsOf(action).stream().map(this::explain).toList();
  }

  /** The plan of one statement, as EXPLAIN prints it, one line per node. */
  public String explain(String sql) {
    var lines = new ArrayList<String>();
    for (var line : dsl.fetchValues("explain " + sql)) {
      lines.add(String.valueOf(line));
    }
    return String.join("\n", lines);
  }

  /** The tables among {@code tables} that the plan reads with a sequential scan, once per scan. */
  public static List<String> sequentialScans(String plan, Collection<String> tables) {
    var found = new ArrayList<String>();
    var matcher = SEQ_SCAN.matcher(plan);
    while (matcher.find()) {
      if (tables.contains(matcher.group(1))) {
        found.add(matcher.group(1));
      }
    }
    return found;
  }

  /**
   * The plan of the last query the action issued through the context it is given, with sequential
   * scans forbidden: on the tiny tables of a test a sequential scan is always cheapest, so only
   * this tells whether an index can serve the query.
   *
   * @param discouraged further plan nodes to discourage, e.g. {@code "sort"} to learn whether an
   *     index can give the order by itself, or {@code "bitmapscan"}
   */
  public static String ofLastQuery(
      DSLContext dsl, Consumer<DSLContext> action, String... discouraged) {
    var plans = new QueryPlans(dsl);
    var query = plans.statementsOf(() -> action.accept(plans.recordingDsl())).getLast();
    return dsl.transactionResult(
        tx -> {
          tx.dsl().execute("set local enable_seqscan = off");
          for (var node : discouraged) {
            tx.dsl().execute("set local enable_" + node + " = off");
          }
          return String.join(
              "\n",
              tx.dsl().fetchValues("explain " + query).stream().map(String::valueOf).toList());
        });
  }
}
