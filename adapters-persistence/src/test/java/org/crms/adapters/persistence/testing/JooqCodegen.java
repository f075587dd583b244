package org.crms.adapters.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the real schema: starts an embedded PostgreSQL, applies the
 * Flyway migrations and runs jOOQ's generator on it twice, failing unless both runs write the same
 * bytes (so that CI can regenerate and compare). Run by the {@code jooq-codegen} Maven profile; the
 * only argument is the output directory.
 */
public final class JooqCodegen {
  static final String PACKAGE = "org.crms.adapters.persistence.jooq";

  private JooqCodegen() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: JooqCodegen <output directory>");
    }
    var output = Path.of(args[0]).toAbsolutePath();
    var scratch = Files.createTempDirectory("crms-jooq-codegen");
    // Always embedded, whatever the environment says: the output must not depend on whose server
    // ran it.
    try (var server = DatabaseServer.start(new DatabaseSource.Embedded())) {
      var database = server.mainDatabase();
      GenerationTool.generate(configuration(database, scratch));
      GenerationTool.generate(configuration(database, output));
    }
    var first = contents(scratch);
    var second = contents(output);
    deleteTree(scratch);
    if (!first.equals(second)) {
      throw new IllegalStateException(
          "Two jOOQ runs on the same schema wrote different files; fix the settings");
    }
    System.out.println(
        "jOOQ sources written to "
            + output
            + " ("
            + second.size()
            + " files, identical on two runs)");
  }

  private static Configuration configuration(TestDatabase database, Path directory) {
    return new Configuration()
        .withLogging(Logging.WARN)
        .withJdbc(
            new Jdbc()
                .withUrl(database.jdbcUrl())
                .withUser(database.user())
                .withPassword(database.password()))
        .withGenerator(
            new Generator()
                .withDatabase(
                    new Database()
                        .withName("org.jooq.meta.postgres.PostgresDatabase")
                        .withInputSchema("public")
                        .withExcludes("flyway_schema_history")
                        // The audit trigger's function is the database's business, not the
                        // application's.
                        .withIncludeRoutines(false)
                        .withForcedTypes(
                            new ForcedType()
                                .withName("INSTANT")
                                .withIncludeTypes("(?i:timestamp with time zone|timestamptz)")))
                .withGenerate(
                    new Generate()
                        .withGeneratedAnnotation(false)
                        .withGeneratedAnnotationDate(false)
                        .withJavaTimeTypes(true)
                        .withPojos(false)
                        .withDaos(false))
                .withTarget(
                    new Target()
                        .withPackageName(PACKAGE)
                        .withDirectory(directory.toString())
                        .withClean(true)));
  }

  /** Each file's bytes, as Latin-1 text so that equal strings mean equal bytes. */
  private static Map<Path, String> contents(Path root) throws IOException {
    var files = new TreeMap<Path, String>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (var path : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(path),
            new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
