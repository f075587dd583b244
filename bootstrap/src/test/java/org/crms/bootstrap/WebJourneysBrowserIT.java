package org.crms.bootstrap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.crms.bootstrap.browser.Chromium;
import org.crms.bootstrap.browser.Screenshots;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main journeys through the pages, in a real Chromium against the whole application on a real
 * PostgreSQL: what a person at a browser does, click by click, without any shortcut through the
 * server's internals. Data a journey only needs to exist is made through the API.
 */
class WebJourneysBrowserIT {
  private static final String PASSWORD = "harbour-violet-93-lantern";

  /** Elements that reach past the right edge of the screen from inside one that does not. */
  private static final String TOO_WIDE =
      "[...document.querySelectorAll('main *')]"
          + ".filter(e => !e.closest('.table-wrap') && e.scrollWidth > e.clientWidth + 1)"
          + ".slice(-6).map(e => e.tagName + '.' + e.className + ' ' + e.clientWidth + '/' + e.scrollWidth)"
          + ".join(', ')";

  private static RunningApp app;
  private static Chromium chromium;
  private static String adminToken;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("adminuser", PASSWORD, Role.ADMIN);
    app.createUser("limiteduser", PASSWORD, Role.LIMITED);
    adminToken = app.tokenFor("adminuser", PASSWORD);
    chromium = Chromium.launch("http://localhost:" + app.server.getPort());
  }

  @AfterAll
  static void stop() {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      app.close();
    }
  }

  @AfterEach
  void noScriptOrStyleWasRefused() {
    assertThat(chromium.consoleErrors()).noneMatch(error -> error.contains("Content Security"));
  }

  @Test
  void register_logIn_andSeeTheDashboard() {
    var page = chromium.newPage();
    page.navigate("/");
    assertThat(page.getByRole(AriaRole.HEADING)).containsText("Welcome to CRMS");
    Screenshots.save(page, "start");

    page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, inner("Register")).click();
    page.getByLabel("Username").fill("newcomer1");
    page.getByLabel("Email").fill("newcomer1@example.org");
    page.getByLabel(Pattern.compile("^Password(?! again)")).fill(PASSWORD);
    page.getByLabel("Password again").fill(PASSWORD);
    Screenshots.save(page, "register");
    page.getByRole(AriaRole.BUTTON, named("Register")).click();

    assertThat(page).hasURL(Pattern.compile("/login$"));
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("You have successfully registered.");
    Screenshots.save(page, "login");
    logIn(page, "newcomer1");

    assertThat(page).hasURL(Pattern.compile("/dashboard$"));
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("You have successfully logged in.");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Needs attention");
  }

  @Test
  void createAClientAndARequest_startAndCompleteIt_andSeeItsHistory() {
    apiCreate("/api/v1/request-types", Map.of("name", "SEO Tech Check", "targetDays", 14));
    var page = signedIn("adminuser");

    page.navigate("/clients/new");
    page.getByLabel("Name").fill("Northwind Traders");
    page.getByLabel("Email").fill("office@northwind.example");
    submit(page);
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Record has been added!");
    assertThat(page.getByRole(AriaRole.HEADING, named("Northwind Traders"))).isVisible();

    page.getByRole(AriaRole.LINK, named(Pattern.compile("New request", Pattern.CASE_INSENSITIVE)))
        .click();
    page.getByLabel("Title").fill("Check the shop's search ranking");
    page.getByLabel("Type")
        .selectOption(
            new com.microsoft.playwright.options.SelectOption().setLabel("SEO Tech Check"));
    submit(page);
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Record has been added!");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Pending");

    page.getByRole(AriaRole.BUTTON, named("Start")).click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("In Progress");
    assertThat(page.getByRole(AriaRole.BUTTON, named("Start"))).hasCount(0);
    page.getByRole(AriaRole.BUTTON, named("Complete")).click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Completed");
    assertThat(page.getByRole(AriaRole.BUTTON, named("Complete"))).hasCount(0);
    assertThat(page.getByRole(AriaRole.BUTTON, named("Reopen"))).isVisible();

    assertThat(page.getByText("Status changed")).hasCount(2);
    assertThat(page.getByText("Created").first()).isVisible();
    Screenshots.save(page, "request-detail");

    page.getByRole(AriaRole.LINK, named("Northwind Traders")).first().click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Check the shop's search ranking");
    Screenshots.save(page, "client-detail");
  }

  @Test
  void logAContactRecordOnARequest() {
    var request = openRequest("Collect the missing payment", "PAY-2026-0042");
    var page = signedIn("limiteduser");
    page.navigate("/requests/" + request);

    page.getByRole(AriaRole.LINK, named(Pattern.compile("Log a contact", Pattern.CASE_INSENSITIVE)))
        .click();
    page.getByLabel("Payment reference").fill("PAY-2026-0042");
    page.getByLabel("First name").fill("Ada");
    page.getByLabel("Last name").fill("Lovelace");
    page.getByLabel("Contact method").selectOption(option("Phone"));
    page.getByLabel("Outcome").selectOption(option("Contact successful"));
    page.getByLabel("Notes").fill("Promised to pay by Friday.");
    Screenshots.save(page, "contact-form");
    submit(page);

    assertThat(page).hasURL(Pattern.compile("/requests/" + request + "$"));
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Record has been added!");
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("Lovelace");
  }

  @Test
  void bulkCompleteThreeRequests() {
    for (var i = 1; i <= 3; i++) {
      var id = openRequest("Bulk plugin update " + i, "BULK-" + i);
      app.send(
          "POST",
          "/api/v1/requests/" + id + "/status",
          adminToken,
          Map.of("status", "IN_PROGRESS"));
    }
    var page = signedIn("limiteduser");
    page.navigate("/requests?q=Bulk+plugin+update");
    assertThat(page.getByRole(AriaRole.ROW)).hasCount(4);
    Screenshots.save(page, "requests");

    page.locator("input[type=checkbox][name=ids]").all().forEach(Locator::check);
    var bulk = page.getByRole(AriaRole.GROUP, named("Change the selected requests"));
    bulk.getByLabel("Status").selectOption(option("Completed"));
    bulk.getByRole(AriaRole.BUTTON, inner("Set status")).click();

    assertThat(page.getByRole(AriaRole.MAIN)).containsText("3 requests marked as Completed.");
  }

  @Test
  void searchFindsARequestByAFragmentOfItsReference() {
    openRequest("Refund the double charge", "INV-778899-XK");
    var page = signedIn("limiteduser");

    page.getByLabel("Search").fill("78899");
    page.getByLabel("Search").press("Enter");

    assertThat(page).hasURL(Pattern.compile("/search\\?q=78899"));
    page.getByRole(AriaRole.LINK, named("Refund the double charge")).click();
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("INV-778899-XK");
  }

  @Test
  void aLimitedUserSeesNoDeleteButton_andAForgedDeleteIsRefused() {
    var client = apiCreate("/api/v1/clients", Map.of("name", "Contoso Ltd"));
    var page = signedIn("limiteduser");
    page.navigate("/clients/" + client);
    assertThat(page.getByRole(AriaRole.HEADING, named("Contoso Ltd"))).isVisible();
    assertThat(page.getByRole(AriaRole.BUTTON, named(Pattern.compile("Delete")))).hasCount(0);

    var csrf = page.locator("input[name=_csrf]").first().inputValue();
    var forged =
        page.request()
            .post(
                "/clients/" + client + "/delete",
                RequestOptions.create()
                    .setForm(FormData.create().set("_csrf", csrf))
                    .setMaxRedirects(0));

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.text()).contains("You do not have permission");
    var stillThere = app.send("GET", "/api/v1/clients/" + client, adminToken, null);
    assertThat(stillThere.statusCode()).isEqualTo(200);
  }

  @Test
  void anAdminDeactivatesAUserLoggedInElsewhere_whoseNextClickLandsOnTheLoginPage() {
    app.createUser("fieldagent", PASSWORD, Role.LIMITED);
    var agent = signedIn("fieldagent");
    agent.navigate("/requests");
    var admin = signedIn("adminuser");

    admin.navigate("/users");
    Screenshots.save(admin, "users");
    admin
        .getByRole(AriaRole.ROW)
        .filter(new Locator.FilterOptions().setHasText("fieldagent"))
        .getByRole(AriaRole.BUTTON, inner("Deactivate fieldagent"))
        .click();
    assertThat(admin.getByRole(AriaRole.MAIN))
        .containsText("fieldagent's account has been deactivated.");

    agent
        .getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
        .getByRole(AriaRole.LINK, inner("Clients"))
        .click();
    assertThat(agent).hasURL(Pattern.compile("/login\\?next="));
  }

  @Test
  void logOut() {
    var page = signedIn("limiteduser");

    page.getByRole(AriaRole.BUTTON, named("Log out")).click();

    assertThat(page).hasURL(Pattern.compile("/login\\?logged-out"));
    assertThat(page.getByRole(AriaRole.MAIN)).containsText("You have been logged out.");
    page.navigate("/dashboard");
    assertThat(page).hasURL(Pattern.compile("/login\\?next="));
  }

  @Test
  void thePagesFitAPhoneScreen() {
    var request = openRequest("Renew the certificate", "CERT-1");
    var page = chromium.newPhonePage();
    logIn(page, "limiteduser");

    for (var path : new String[] {"/dashboard", "/requests", "/clients", "/requests/" + request}) {
      page.navigate(path);
      var width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
      assertThat(width)
          .as("page width of %s; too wide: %s", path, page.evaluate(TOO_WIDE))
          .isLessThanOrEqualTo(375);
    }
    Screenshots.save(page, "phone-request-detail");
  }

  @Test
  void everyMainPageRenders_forTheScreenshots() {
    var request = openRequest("Update the booking plugin", "PLUG-7");
    var page = signedIn("adminuser");
    var pages =
        Map.of(
            "dashboard", "/dashboard",
            "clients", "/clients",
            "request-types", "/request-types",
            "contact-records", "/contact-records",
            "audit-log", "/audit",
            "trash", "/trash",
            "api-tokens", "/tokens",
            "search", "/search?q=booking",
            "request-edit", "/requests/" + request + "/edit");
    pages.forEach(
        (name, path) -> {
          var response = page.navigate(path);
          assertThat(response.status()).as(path).isEqualTo(200);
          Screenshots.save(page, name);
        });
  }

  private static Page signedIn(String username) {
    var page = chromium.newPage();
    logIn(page, username);
    return page;
  }

  private static void logIn(Page page, String username) {
    page.navigate("/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(PASSWORD);
    page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, inner("Log in")).click();
    assertThat(page).hasURL(Pattern.compile("/dashboard$"));
  }

  /** Sends the form of the main content (its primary button). */
  private static void submit(Page page) {
    page.locator("main form.stacked button[type=submit]").first().click();
  }

  private static String openRequest(String title, String reference) {
    var client = apiCreate("/api/v1/clients", Map.of("name", "Client of " + title));
    var type = apiCreate("/api/v1/request-types", Map.of("name", "Type of " + title));
    var body = new HashMap<String, Object>();
    body.put("clientId", client);
    body.put("typeId", type);
    body.put("title", title);
    body.put("reference", reference);
    return apiCreate("/api/v1/requests", body);
  }

  private static String apiCreate(String path, Map<String, Object> body) {
    var response = app.send("POST", path, adminToken, body);
    if (response.statusCode() != 201) {
      throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
    }
    return (String) app.read(response).get("id");
  }

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  private static SelectOption option(String label) {
    return new SelectOption().setLabel(label);
  }

  private static Locator.GetByRoleOptions inner(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }

  private static Page.GetByRoleOptions named(Pattern name) {
    return new Page.GetByRoleOptions().setName(name);
  }
}
