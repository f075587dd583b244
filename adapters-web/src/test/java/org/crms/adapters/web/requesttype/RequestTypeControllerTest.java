package org.crms.adapters.web.requesttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_ID;
import static org.crms.adapters.web.FakeAccessTokens.ADMIN_TOKEN;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_ID;
import static org.crms.adapters.web.FakeAccessTokens.LIMITED_TOKEN;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crms.adapters.web.FakeAccessTokens;
import org.crms.adapters.web.TestApi;
import org.crms.application.port.in.InstantRange;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.auth.AuthenticateAccessTokenUseCase;
import org.crms.application.port.in.requesttype.DefineRequestTypeCommand;
import org.crms.application.port.in.requesttype.DefineRequestTypeUseCase;
import org.crms.application.port.in.requesttype.DeleteRequestTypeCommand;
import org.crms.application.port.in.requesttype.DeleteRequestTypeUseCase;
import org.crms.application.port.in.requesttype.GetRequestTypeQuery;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.application.port.in.requesttype.RestoreRequestTypeCommand;
import org.crms.application.port.in.requesttype.RestoreRequestTypeUseCase;
import org.crms.application.port.in.requesttype.UpdateRequestTypeCommand;
import org.crms.application.port.in.requesttype.UpdateRequestTypeUseCase;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@MicronautTest
class RequestTypeControllerTest {
  private static final String URL = "/api/v1/request-types";
  private static final Actor ADMIN = new Actor(ADMIN_ID, Role.ADMIN);
  private static final Actor LIMITED = new Actor(LIMITED_ID, Role.LIMITED);

  @Inject
  @Client("/")
  HttpClient client;

  @Inject JsonMapper json;
  @Inject ListRequestTypesUseCase listTypes;
  @Inject GetRequestTypeUseCase getType;
  @Inject DefineRequestTypeUseCase defineType;
  @Inject UpdateRequestTypeUseCase updateType;
  @Inject DeleteRequestTypeUseCase deleteType;
  @Inject RestoreRequestTypeUseCase restoreType;
  TestApi api;

  @BeforeEach
  void setUp() {
    api = new TestApi(client, json);
  }

  @Test
  void list_passesFiltersAndLimit_andAnswersItemsWithAnOpaqueCursor() {
    var seo = seoCheck(3);
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(seo), RequestTypePosition.of(seo)));

    var reply = api.send(HttpRequest.GET(URL + "?limit=10&active=false&q=seo"), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.list("items"))
        .extracting(item -> item.get("name"))
        .containsExactly("SEO Tech Check");
    var cursor = (String) reply.map().get("nextCursor");
    assertThat(cursor).isNotBlank().doesNotContain("SEO");
    var query = ArgumentCaptor.forClass(ListRequestTypesQuery.class);
    verify(listTypes).list(query.capture());
    assertThat(query.getValue().actor()).isEqualTo(LIMITED);
    assertThat(query.getValue().filter()).isEqualTo(new RequestTypeFilter(false, "seo"));
    assertThat(query.getValue().limit().value()).isEqualTo(10);
    assertThat(query.getValue().after()).isNull();

    api.send(HttpRequest.GET(URL + "?cursor=" + cursor), LIMITED_TOKEN);

    verify(listTypes, times(2)).list(query.capture());
    assertThat(query.getValue().after()).isEqualTo(RequestTypePosition.of(seo));
  }

  @Test
  void list_passesTheSortAndTimeFilters_andItsCursorContinuesInThatOrder() {
    var item = seoCheck(3);
    var position = RequestTypePosition.of(item, ListOrder.Key.UPDATED);
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(item), position));

    var reply =
        api.send(
            HttpRequest.GET(
                URL
                    + "?sort=-updated&createdFrom=2026-01-01T00:00:00Z&createdTo=2026-02-01T00:00:00Z"
                    + "&updatedFrom=2026-01-06T01:00:00%2B01:00&updatedTo=2026-01-07T00:00:00Z"),
            LIMITED_TOKEN);
    var cursor = (String) reply.map().get("nextCursor");
    api.send(HttpRequest.GET(URL + "?sort=-updated&cursor=" + cursor), LIMITED_TOKEN);

    var query = ArgumentCaptor.forClass(ListRequestTypesQuery.class);
    verify(listTypes, times(2)).list(query.capture());
    var first = query.getAllValues().getFirst();
    assertThat(first.order()).isEqualTo(new ListOrder(ListOrder.Key.UPDATED, true));
    assertThat(first.filter())
        .isEqualTo(
            new RequestTypeFilter(
                null,
                null,
                new InstantRange(
                    Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")),
                new InstantRange(
                    Instant.parse("2026-01-06T00:00:00Z"), Instant.parse("2026-01-07T00:00:00Z"))));
    assertThat(query.getValue().order()).isEqualTo(first.order());
    assertThat(query.getValue().after()).isEqualTo(position);
    assertThat(query.getValue().filter()).isEqualTo(RequestTypeFilter.all());
  }

  @Test
  void list_withoutASort_isByName() {
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(), null));

    api.send(HttpRequest.GET(URL), ADMIN_TOKEN);

    var query = ArgumentCaptor.forClass(ListRequestTypesQuery.class);
    verify(listTypes).list(query.capture());
    assertThat(query.getValue().order()).isEqualTo(ListOrder.BY_NAME);
  }

  @Test
  void list_withoutParameters_usesDefaults_andSaysThereIsNoNextPage() {
    when(listTypes.list(any())).thenReturn(new Page<>(List.of(), null));

    var reply = api.send(HttpRequest.GET(URL), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map()).containsEntry("items", List.of()).containsEntry("nextCursor", null);
    var query = ArgumentCaptor.forClass(ListRequestTypesQuery.class);
    verify(listTypes).list(query.capture());
    assertThat(query.getValue().limit().value()).isEqualTo(50);
    assertThat(query.getValue().filter()).isEqualTo(RequestTypeFilter.all());
  }

  @Test
  void get_answersTheTypeInCamelCase_withItsVersionAsETag() {
    when(getType.get(new GetRequestTypeQuery(LIMITED, SEO_ID))).thenReturn(seoCheck(3));

    var reply = api.send(HttpRequest.GET(URL + "/" + SEO_ID), LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"3\"");
    assertThat(reply.map())
        .containsOnlyKeys(
            "id",
            "name",
            "description",
            "targetDays",
            "active",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "version")
        .containsEntry("id", SEO_ID.toString())
        .containsEntry("name", "SEO Tech Check")
        .containsEntry("description", "Crawl, speed and markup review.")
        .containsEntry("active", true)
        .containsEntry("createdAt", "2026-02-02T08:00:00Z")
        .containsEntry("createdBy", RequestTypeTestData.CREATOR.toString())
        .containsEntry("updatedAt", "2026-02-03T12:15:00Z")
        .containsEntry("updatedBy", RequestTypeTestData.CREATOR.toString());
    assertThat(((Number) reply.map().get("targetDays")).intValue()).isEqualTo(5);
    assertThat(((Number) reply.map().get("version")).longValue()).isEqualTo(3);
  }

  @Test
  void get_showsAbsentFieldsAsNull() {
    var bare = bare("Rejected payment");
    when(getType.get(any())).thenReturn(bare);

    var reply = api.send(HttpRequest.GET(URL + "/" + bare.id()), ADMIN_TOKEN);

    assertThat(reply.map())
        .containsEntry("description", null)
        .containsEntry("targetDays", null)
        .containsEntry("createdBy", null)
        .containsEntry("active", false);
  }

  @Test
  void define_answers201WithLocationAndETag_andActiveDefaultsToTrue() {
    var defined = bare("Rejected payment");
    when(defineType.define(any())).thenReturn(defined);

    var reply =
        api.send(
            HttpRequest.POST(URL, Map.of("name", "Rejected payment", "targetDays", 3)),
            LIMITED_TOKEN);

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.header(HttpHeaders.LOCATION)).isEqualTo(URL + "/" + defined.id());
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"0\"");
    assertThat(reply.map()).containsEntry("name", "Rejected payment");
    var expected = RequestTypeDetails.parse("Rejected payment", null, 3, true);
    verify(defineType).define(new DefineRequestTypeCommand(LIMITED, expected));
  }

  @Test
  void define_acceptsAnExplicitNullTargetAndDescription() {
    when(defineType.define(any())).thenReturn(bare("Ad hoc"));
    var body = "{\"name\": \"Ad hoc\", \"description\": null, \"targetDays\": null}";

    var reply = api.send(HttpRequest.POST(URL, body), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(201);
    var expected = RequestTypeDetails.parse("Ad hoc", null, null, true);
    verify(defineType).define(new DefineRequestTypeCommand(ADMIN, expected));
  }

  @Test
  void update_sendsTheVersionFromIfMatch_andAnswersTheNewETag() {
    when(updateType.update(any())).thenReturn(seoCheck(4));
    var payload =
        Map.<String, Object>of(
            "name",
            "SEO Tech Check",
            "description",
            "Full audit",
            "targetDays",
            7,
            "active",
            false);

    var reply =
        api.send(
            HttpRequest.PUT(URL + "/" + SEO_ID, payload).header(HttpHeaders.IF_MATCH, "\"3\""),
            ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"4\"");
    var expected = RequestTypeDetails.parse("SEO Tech Check", "Full audit", 7, false);
    verify(updateType).update(new UpdateRequestTypeCommand(ADMIN, SEO_ID, 3, expected));
  }

  @Test
  void delete_answers204() {
    var reply = api.send(HttpRequest.DELETE(URL + "/" + SEO_ID), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    verify(deleteType).delete(new DeleteRequestTypeCommand(ADMIN, SEO_ID));
  }

  @Test
  void restore_answersTheRestoredType() {
    when(restoreType.restore(new RestoreRequestTypeCommand(ADMIN, SEO_ID))).thenReturn(seoCheck(5));

    var reply = api.send(HttpRequest.POST(URL + "/" + SEO_ID + "/restore", ""), ADMIN_TOKEN);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header(HttpHeaders.ETAG)).isEqualTo("\"5\"");
    assertThat(reply.map()).containsEntry("id", SEO_ID.toString());
  }

  @MockBean(AuthenticateAccessTokenUseCase.class)
  AuthenticateAccessTokenUseCase accessTokens() {
    return new FakeAccessTokens();
  }

  @MockBean(ListRequestTypesUseCase.class)
  ListRequestTypesUseCase listTypes() {
    return mock(ListRequestTypesUseCase.class);
  }

  @MockBean(GetRequestTypeUseCase.class)
  GetRequestTypeUseCase getType() {
    return mock(GetRequestTypeUseCase.class);
  }

  @MockBean(DefineRequestTypeUseCase.class)
  DefineRequestTypeUseCase defineType() {
    return mock(DefineRequestTypeUseCase.class);
  }

  @MockBean(UpdateRequestTypeUseCase.class)
  UpdateRequestTypeUseCase updateType() {
    return mock(UpdateRequestTypeUseCase.class);
  }

  @MockBean(DeleteRequestTypeUseCase.class)
  DeleteRequestTypeUseCase deleteType() {
    return mock(DeleteRequestTypeUseCase.class);
  }

  @MockBean(RestoreRequestTypeUseCase.class)
  RestoreRequestTypeUseCase restoreType() {
    return mock(RestoreRequestTypeUseCase.class);
  }
}
