package org.crms.adapters.persistence.testing;

import java.util.ArrayList;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** Shows how PostgreSQL would run the queries an adapter issues, to prove an index serves them. */
public final class QueryPlans {
  private QueryPlans() {}

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
    var issued = new ArrayList<Query>();
    var recording =
        dsl.configuration()
            .derive(
                new DefaultExecuteListenerProvider(
                    new ExecuteListener() {
                      @Override
                      public void executeStart(ExecuteContext ctx) {
                        issued.add(ctx.query());
                      }
                    }));
    action.accept(recording.dsl());

    var query = dsl.renderInlined(issued.getLast());
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
