package org.crms.adapters.web.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenAPI document written at compile time is a valid OpenAPI 3 document that describes every
 * route under {@code /api} the application serves, so that a controller added without documenting
 * it fails the build. How to document one: docs/decisions.md.
 */
@MicronautTest(startApplication = false)
class OpenApiDocumentTest {
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
  private static OpenAPI document;

  @Inject Router router;

  @BeforeAll
  static void parse() {
    var result = new OpenAPIV3Parser().readContents(documentText(), null, null);
    assertThat(result.getMessages()).as("what the OpenAPI parser refuses").isEmpty();
    document = result.getOpenAPI();
  }

  @Test
  void isAnOpenApi3Document_withBothWaysToAuthenticate() {
    assertThat(document.getOpenapi()).startsWith("3.");
    assertThat(document.getInfo().getTitle()).isEqualTo("CRMS API");
    var schemes = document.getComponents().getSecuritySchemes();
    assertThat(schemes.get(ApiDefinition.BEARER).getScheme()).isEqualTo("bearer");
    var cookie = schemes.get(ApiDefinition.SESSION_COOKIE);
    assertThat(cookie.getIn()).isEqualTo(SecurityScheme.In.COOKIE);
    assertThat(cookie.getName()).isEqualTo("crms_session");
  }

  /** One test per served route: documented, summarised, and its protection stated. */
  @TestFactory
  Stream<DynamicTest> everyServedApiRoute_isDocumented() {
    return servedApiRoutes().entrySet().stream()
        .map(
            route ->
                dynamicTest(route.getKey(), () -> documented(route.getKey(), route.getValue())));
  }

  @Test
  void everyDocumentedApiOperation_isServed() {
    assertThat(documentedApiOperations())
        .as("operations in the document that no route serves")
        .isSubsetOf(servedApiRoutes().keySet());
  }

  /** Hand-written schemas (the pages of exportable lists) name generated ones by reference. */
  @Test
  void everySchemaReference_pointsToASchemaOfTheDocument() {
    var referenced =
        Pattern.compile("#/components/schemas/([A-Za-z0-9_]+)")
            .matcher(documentText())
            .results()
            .map(match -> match.group(1))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(document.getComponents().getSchemas())
        .containsKeys(referenced.toArray(String[]::new));
  }

  /** A list that is also a CSV export says so: its 200 offers JSON and CSV. */
  @Test
  void everyListThatExportsCsv_documentsBothItsJsonPageAndItsCsv() {
    var exporting =
        operations().entrySet().stream()
            .filter(e -> e.getValue().getParameters() != null)
            .filter(
                e ->
                    e.getValue().getParameters().stream()
                        .anyMatch(p -> "format".equals(p.getName())))
            .toList();
    assertThat(exporting).extracting(Map.Entry::getKey).contains("GET /api/v1/clients");
    exporting.forEach(
        e ->
            assertThat(e.getValue().getResponses().get("200").getContent())
                .as(e.getKey())
                .containsOnlyKeys("application/json", "text/csv"));
  }

  @Test
  void operationIds_areUniqueNames_notNumberedByTheGenerator() {
    var ids = operations().values().stream().map(Operation::getOperationId).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]*"));
  }

  @Test
  void everyOperation_documentsOneSuccessStatus() {
    operations()
        .forEach(
            (key, operation) ->
                assertThat(operation.getResponses().keySet())
                    .as("%s must document one success (a non-200 one needs @Status)", key)
                    .filteredOn(code -> code.matches("2..|30[0-37]"))
                    .hasSize(1));
  }

  @Test
  void everyProblemResponse_isProblemJson_withTheProblemSchema() {
    operations()
        .forEach(
            (key, operation) ->
                operation
                    .getResponses()
                    .forEach((code, response) -> problemShape(key, code, response)));
  }

  private static void documented(String key, boolean isPublic) {
    var operation = operations().get(key);
    assertThat(operation).as("%s is served but not in the OpenAPI document", key).isNotNull();
    assertThat(operation.getSummary())
        .as("%s has no summary: give its method a Javadoc comment", key)
        .isNotBlank();
    if (isPublic) {
      assertThat(operation.getSecurity()).as("%s is public", key).isNullOrEmpty();
      return;
    }
    assertThat(operation.getSecurity())
        .as("%s needs a signed-in caller: annotate it @ApiDocs.SignedIn", key)
        .flatMap(Map::keySet)
        .contains(ApiDefinition.BEARER, ApiDefinition.SESSION_COOKIE);
    assertThat(operation.getResponses()).as("%s must document 401", key).containsKey("401");
  }

  private static void problemShape(String key, String code, ApiResponse response) {
    if (!code.matches("[45]..")) {
      return;
    }
    var content = response.getContent();
    assertThat(content).as("%s %s", key, code).containsOnlyKeys(ApiDefinition.PROBLEM_JSON);
    assertThat(content.get(ApiDefinition.PROBLEM_JSON).getSchema().get$ref())
        .as("%s %s", key, code)
        .isEqualTo(PROBLEM_SCHEMA);
  }

  /** "METHOD /template" of every route under /api/ (HEAD mirrors GET), and whether it is public. */
  private Map<String, Boolean> servedApiRoutes() {
    return router
        .uriRoutes()
        .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
        .filter(route -> !route.getHttpMethodName().equals("HEAD"))
        .collect(
            Collectors.toMap(
                route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate(),
                OpenApiDocumentTest::isPublic,
                (a, b) -> a,
                TreeMap::new));
  }

  private static boolean isPublic(UriRouteInfo<?, ?> route) {
    var rules = route.getAnnotationMetadata().stringValues(Secured.class);
    return List.of(rules).equals(List.of(SecurityRule.IS_ANONYMOUS));
  }

  private static Set<String> documentedApiOperations() {
    return operations().keySet().stream()
        .filter(key -> key.split(" ")[1].startsWith("/api/"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every operation of the document by "METHOD /path". */
  private static Map<String, Operation> operations() {
    var all = new TreeMap<String, Operation>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, operation) -> all.put(method + " " + path, operation)));
    return all;
  }

  private static String documentText() {
    try (var in =
        OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(ApiDefinition.DOCUMENT)) {
      assertThat(in).as("%s on the classpath", ApiDefinition.DOCUMENT).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
