package org.crms.adapters.web.requesttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.CREATOR;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.SEO_ID;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.bare;
import static org.crms.adapters.web.requesttype.RequestTypeTestData.seoCheck;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The request type list as a CSV export. */
@MicronautTest
class RequestTypeListCsvTest {
  private static final String URL = "/api/v1/request-types";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListRequestTypesUseCase listTypes;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void formatCsv_streamsEveryPage_withTheListsFiltersAndSort() {
    var quoted = bare("Audit, \"deep\"");
    var position = RequestTypePosition.of(quoted, ListOrder.Key.CREATED);
    when(listTypes.list(any()))
        .thenReturn(
            new Page<>(Collections.nCopies(200, quoted), position),
            new Page<>(List.of(seoCheck(1)), null));

    var reply =
        api.send(HttpRequest.GET(URL + "?format=csv&active=true&q=au&sort=created"), LIMITED_TOKEN);

    var rows = reply.csv();
    assertThat(reply.header(HttpHeaders.CONTENT_DISPOSITION)).contains("request-types.csv");
    assertThat(rows.getFirst())
        .containsExactly(
            "Id",
            "Name",
            "Description",
            "Target days",
            "Active",
            "Created at",
            "Created by",
            "Updated at",
            "Updated by");
    assertThat(rows).hasSize(1 + 200 + 1);
    assertThat(reply.body()).contains("\"Audit, \"\"deep\"\"\"");
    assertThat(rows.getLast())
        .containsExactly(
            SEO_ID.value().toString(),
            "SEO Tech Check",
            "Crawl, speed and markup review.",
            "5",
            "true",
            "2026-02-02T08:00:00Z",
            CREATOR.value().toString(),
            "2026-02-03T12:15:00Z",
            CREATOR.value().toString());
    var query = ArgumentCaptor.forClass(ListRequestTypesQuery.class);
    verify(listTypes, times(2)).list(query.capture());
    assertThat(query.getAllValues())
        .allSatisfy(
            q -> {
              assertThat(q.filter()).isEqualTo(new RequestTypeFilter(true, "au"));
              assertThat(q.order()).isEqualTo(new ListOrder(ListOrder.Key.CREATED, false));
              assertThat(q.limit().value()).isEqualTo(200);
            });
    assertThat(query.getAllValues())
        .extracting(ListRequestTypesQuery::after)
        .containsExactly(null, position);
  }

  @Test
  void acceptTextCsv_exports() {
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(seoCheck(0)), null));

    var reply = api.send(HttpRequest.GET(URL).accept("text/csv"), LIMITED_TOKEN);

    assertThat(reply.csv()).hasSize(2);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListRequestTypesUseCase.class)
  ListRequestTypesUseCase listTypes() {
    return mock(ListRequestTypesUseCase.class);
  }
}
