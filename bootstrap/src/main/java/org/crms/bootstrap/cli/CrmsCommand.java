package org.crms.bootstrap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of the one executable. */
@Command(
    name = "crms",
    mixinStandardHelpOptions = true,
    version = "CRMS 0.1.0",
    description = "Client Request Management System. Without a command, serves the application.",
    subcommands = {ServeCommand.class, MigrateCommand.class, CreateUserCommand.class})
public final class CrmsCommand implements Callable<Integer> {

  public static CommandLine commandLine() {
    return new CommandLine(new CrmsCommand());
  }

  /**
   * Whether these arguments start the server, whose threads keep the JVM alive after main returns.
   */
  public static boolean keepsRunning(String[] args) {
    return args.length == 0 || args[0].equals("serve");
  }

  @Override
  public Integer call() {
    return new ServeCommand().call();
  }
}
