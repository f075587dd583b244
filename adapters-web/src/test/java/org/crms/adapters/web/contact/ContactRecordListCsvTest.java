package org.crms.adapters.web.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
import static org.crms.adapters.web.contact.ContactRecordTestData.CREATOR;
import static org.crms.adapters.web.contact.ContactRecordTestData.EDITOR;
import static org.crms.adapters.web.contact.ContactRecordTestData.RECORD_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.REQUEST_ID;
import static org.crms.adapters.web.contact.ContactRecordTestData.awaiting;
import static org.crms.adapters.web.contact.ContactRecordTestData.bare;
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
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.contact.ContactRecordPosition;
import org.crms.application.port.in.contact.ContactRecordSort;
import org.crms.application.port.in.contact.GetContactRecordUseCase;
import org.crms.application.port.in.contact.ListContactRecordsQuery;
import org.crms.application.port.in.contact.ListContactRecordsUseCase;
import org.crms.application.port.in.contact.LogContactUseCase;
import org.crms.application.port.in.contact.UpdateContactRecordUseCase;
import org.crms.domain.contact.ContactMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The contact record list as a CSV export. */
@MicronautTest
class ContactRecordListCsvTest {
  private static final String URL = "/api/v1/contact-records";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListContactRecordsUseCase listRecords;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void formatCsv_streamsEveryPage_withTheListsFiltersAndSort() {
    var sort = new ContactRecordSort(ContactRecordSort.Key.LAST_NAME, true);
    var first = bare("Paid, \"in full\"");
    var position = ContactRecordPosition.of(first, sort);
    when(listRecords.list(any()))
        .thenReturn(
            new Page<>(Collections.nCopies(200, first), position),
            new Page<>(List.of(awaiting(4)), null));

    var reply =
        api.send(
            HttpRequest.GET(URL + "?format=csv&method=PHONE&mine=true&sort=-lastName&limit=1"),
            LIMITED_TOKEN);

    var rows = reply.csv();
    assertThat(reply.header(HttpHeaders.CONTENT_DISPOSITION)).contains("contact-records.csv");
    assertThat(rows.getFirst())
        .containsExactly(
            "Id",
            "Payment reference",
            "First name",
            "Last name",
            "Method",
            "Contacted at",
            "Outcome",
            "Follow-up on",
            "Notes",
            "Request id",
            "Created at",
            "Created by",
            "Updated at",
            "Updated by");
    assertThat(rows).hasSize(1 + 200 + 1);
    assertThat(rows.get(1)).contains("Phone", "Contact successful", "Paid, \"in full\"");
    assertThat(reply.body()).contains("\"Paid, \"\"in full\"\"\"");
    assertThat(rows.getLast())
        .containsExactly(
            RECORD_ID.value().toString(),
            "PAY-2026-0042",
            "Ada",
            "Lovelace",
            "In person",
            "2026-02-02T08:30:00Z",
            "Awaiting response",
            "2026-02-09",
            "Card replaced; waiting for the bank.",
            REQUEST_ID.toString(),
            "2026-02-02T09:00:00Z",
            CREATOR.value().toString(),
            "2026-02-03T12:15:00Z",
            EDITOR.value().toString());
    var query = ArgumentCaptor.forClass(ListContactRecordsQuery.class);
    verify(listRecords, times(2)).list(query.capture());
    assertThat(query.getAllValues())
        .allSatisfy(
            q -> {
              assertThat(q.filter().method()).isEqualTo(ContactMethod.PHONE);
              assertThat(q.mine()).isTrue();
              assertThat(q.sort()).isEqualTo(sort);
              assertThat(q.limit().value()).isEqualTo(200);
            });
    assertThat(query.getAllValues())
        .extracting(ListContactRecordsQuery::after)
        .containsExactly(null, position);
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListContactRecordsUseCase.class)
  ListContactRecordsUseCase listRecords() {
    return mock(ListContactRecordsUseCase.class);
  }

  @MockBean(GetContactRecordUseCase.class)
  GetContactRecordUseCase getContactRecordUseCase() {
    return mock(GetContactRecordUseCase.class);
  }

  @MockBean(LogContactUseCase.class)
  LogContactUseCase logContactUseCase() {
    return mock(LogContactUseCase.class);
  }

  @MockBean(UpdateContactRecordUseCase.class)
  UpdateContactRecordUseCase updateContactRecordUseCase() {
    return mock(UpdateContactRecordUseCase.class);
  }
}
