package org.crms.adapters.persistence.testing;

import java.util.ArrayList;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** What PostgreSQL would do with the queries an adapter issues: proof that an index serves them. */
public final class QueryPlans {
  private QueryPlans() {}

  /**
   * The plan of the last query the action issues through the recording context it is given, with
   * sequential scans forbidden: tiny test tables make a sequential scan cheapest, so this tells
   * whether an index can serve the query at all.
   */
  public static String ofLastQuery(DSLContext dsl, Consumer<DSLContext> action) {
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
          return String.join(
              "\n",
              tx.dsl().fetchValues("explain " + query).stream().map(String::valueOf).toList());
        });
  }
}
