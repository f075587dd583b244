package org.crms.adapters.web.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.request.RequestTestData.CLIENT;
import static org.crms.adapters.web.request.RequestTestData.CLOCK;
import static org.crms.adapters.web.request.RequestTestData.CREATOR;
import static org.crms.adapters.web.request.RequestTestData.OWNER;
import static org.crms.adapters.web.request.RequestTestData.PLUGIN_ID;
import static org.crms.adapters.web.request.RequestTestData.TYPE;
import static org.crms.adapters.web.request.RequestTestData.bare;
import static org.crms.adapters.web.request.RequestTestData.pluginUpdate;
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
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.request.GetRequestUseCase;
import org.crms.application.port.in.request.ListRequestsQuery;
import org.crms.application.port.in.request.ListRequestsUseCase;
import org.crms.application.port.in.request.RequestPosition;
import org.crms.application.port.in.request.RequestSort;
import org.crms.domain.request.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The client request list as a CSV export. */
@MicronautTest
class ClientRequestListCsvTest {
  private static final String URL = "/api/v1/requests";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListRequestsUseCase listRequests;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void formatCsv_streamsEveryPage_withTheListsFiltersAndSort() {
    var sort = new RequestSort(RequestSort.Key.TITLE, false);
    var first = bare("Fix \"the\" form, again");
    var position = RequestPosition.of(first, sort);
    when(listRequests.list(any()))
        .thenReturn(
            new Page<>(Collections.nCopies(200, first), position),
            new Page<>(List.of(pluginUpdate(2)), null));

    var reply =
        api.send(
            HttpRequest.GET(URL + "?format=csv&status=PENDING,IN_PROGRESS&sort=title&limit=2"),
            LIMITED_TOKEN);

    var rows = reply.csv();
    assertThat(reply.header(HttpHeaders.CONTENT_DISPOSITION)).contains("requests.csv");
    assertThat(rows.getFirst())
        .containsExactly(
            "Id",
            "Reference",
            "Title",
            "Description",
            "Client id",
            "Type id",
            "Status",
            "Priority",
            "Owner id",
            "Due on",
            "Overdue",
            "Started at",
            "Completed at",
            "Created at",
            "Created by",
            "Updated at",
            "Updated by");
    assertThat(rows).hasSize(1 + 200 + 1);
    assertThat(reply.body()).contains("\"Fix \"\"the\"\" form, again\"");
    assertThat(rows.getLast())
        .containsExactly(
            PLUGIN_ID.value().toString(),
            "PAY-2026-0042",
            "Update the plugins",
            "All of them.",
            CLIENT.value().toString(),
            TYPE.value().toString(),
            "In Progress",
            "Urgent",
            OWNER.value().toString(),
            "2026-02-09",
            "true",
            "2026-02-03T12:15:00Z",
            "",
            "2026-02-02T08:00:00Z",
            CREATOR.value().toString(),
            "2026-02-03T12:15:00Z",
            CREATOR.value().toString());
    var query = ArgumentCaptor.forClass(ListRequestsQuery.class);
    verify(listRequests, times(2)).list(query.capture());
    assertThat(query.getAllValues())
        .allSatisfy(
            q -> {
              assertThat(q.filter().statuses())
                  .isEqualTo(Set.of(RequestStatus.PENDING, RequestStatus.IN_PROGRESS));
              assertThat(q.sort()).isEqualTo(sort);
              assertThat(q.limit().value()).isEqualTo(200);
            });
    assertThat(query.getAllValues())
        .extracting(ListRequestsQuery::after)
        .containsExactly(null, position);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(Clock.class)
  Clock clock() {
    return CLOCK;
  }

  @MockBean(ListRequestsUseCase.class)
  ListRequestsUseCase listRequests() {
    return mock(ListRequestsUseCase.class);
  }

  @MockBean(GetRequestUseCase.class)
  GetRequestUseCase getRequest() {
    return mock(GetRequestUseCase.class);
  }
}
