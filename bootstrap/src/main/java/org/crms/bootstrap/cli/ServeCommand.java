package org.crms.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Serves the web UI and the JSON API until stopped. */
@Command(name = "serve", description = "Serve the web UI and the JSON API (the default).")
public final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    Runtime.serve();
    return 0;
  }
}
