package org.crms.bootstrap.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import org.crms.bootstrap.Application;
import org.crms.bootstrap.database.DatabaseChoice;

/**
 * Starts the application context against the chosen database, for every command alike. Flyway
 * migrates the schema while the context starts.
 */
final class Runtime {
  private static final java.time.Duration SHUTDOWN_WAIT = java.time.Duration.ofSeconds(30);

  private Runtime() {}

  /**
   * The whole application with its HTTP server; stops (with an embedded database) when the JVM
   * does.
   */
  static ApplicationContext serve() {
    var database = DatabaseChoice.fromEnvironment(System.getenv());
    try {
      var context =
          Micronaut.build(new String[0])
              .mainClass(Application.class)
              .properties(database.properties())
              .start();
      closeOnExit(context, database);
      return context;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /**
   * The context without an HTTP server, for one command; run the work, then everything is closed.
   */
  static <T> T once(java.util.function.Function<ApplicationContext, T> work) {
    try (var database = DatabaseChoice.fromEnvironment(System.getenv());
        var context = ApplicationContext.builder().properties(database.properties()).start()) {
      return work.apply(context);
    }
  }

  /**
   * Micronaut's own shutdown hook stops the server and the context (closing them here as well
   * deadlocks the two hooks); this one waits for that, then stops an embedded database, so that
   * requests still being served keep their database until the end.
   */
  private static void closeOnExit(ApplicationContext context, DatabaseChoice database) {
    java.lang.Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  var deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
                  while (context.isRunning() && System.nanoTime() < deadline) {
                    try {
                      Thread.sleep(50);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      break;
                    }
                  }
                  database.close();
                },
                "crms-stop-database"));
  }
}
