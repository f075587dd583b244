package org.crms.bootstrap.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.crms.application.port.in.user.CreateUserUseCase;
import org.crms.domain.shared.DomainException;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Creates an account. The password is read from standard input (or asked for twice, unechoed, at a
 * terminal), never from an argument, where it would show up in the shell history and the process
 * list.
 */
@Command(
    name = "create-user",
    description = "Create a user account (ADMIN unless --role says otherwise).")
public final class CreateUserCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--username", required = true, description = "5-20 letters, digits or @.+-_")
  String username;

  @Option(names = "--email", required = true, description = "The account's e-mail address")
  String email;

  @Option(
      names = "--role",
      defaultValue = "ADMIN",
      description = "ADMIN or LIMITED (default: ${DEFAULT-VALUE})")
  Role role;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    var password = readPassword(out, err);
    if (password == null) {
      return 2;
    }
    try {
      var user =
          Runtime.once(
              context ->
                  context
                      .getBean(CreateUserUseCase.class)
                      .create(
                          new org.crms.application.port.in.user.CreateUserCommand(
                              username, email, password, role)));
      out.printf("Created %s user %s (%s).%n", user.role(), user.username(), user.id());
      return 0;
    } catch (InvalidValueException e) {
      e.violations().forEach(v -> err.printf("%s: %s%n", v.field(), v.message()));
      return 1;
    } catch (DomainException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private static String readPassword(PrintWriter out, PrintWriter err) throws IOException {
    var console = System.console();
    if (isTerminal(console)) {
      var first = console.readPassword("Password: ");
      var second = console.readPassword("Password (again): ");
      if (first == null || !Arrays.equals(first, second)) {
        err.println("Passwords do not match.");
        return null;
      }
      return new String(first);
    }
    var line =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null || line.isEmpty()) {
      err.println(
          "Give the password on standard input, e.g.: printf '%s\\n' \"$PASSWORD\" | crms create-user ...");
      return null;
    }
    return line;
  }

  /**
   * Whether the console is a real terminal. From JDK 22 on, a console exists even when input is
   * piped, and only {@code Console.isTerminal()} (absent from the Java 21 API we compile against)
   * tells the two apart.
   */
  private static boolean isTerminal(java.io.Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
