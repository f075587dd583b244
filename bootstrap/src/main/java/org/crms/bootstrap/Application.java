package org.crms.bootstrap;

import org.crms.bootstrap.cli.CrmsCommand;
import picocli.CommandLine;

/**
 * The one entry point: {@code crms [serve|migrate|create-user] ...}; {@code serve} when none is
 * named.
 */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    var exitCode = CrmsCommand.commandLine().execute(args);
    if (exitCode != CommandLine.ExitCode.OK || !CrmsCommand.keepsRunning(args)) {
      System.exit(exitCode);
    }
  }
}
