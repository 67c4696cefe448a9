package dev.postmortems.jira.rest.cause;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import dev.postmortems.jira.service.cause.CauseCategoryService;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ADMIN;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.VIEWER;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** The site's cause categories behind the configuration page, and sorting a root cause into one. */
public class CauseCategoriesResourceTest {
    private static final String CATEGORIES = "/config/cause-categories";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;
    private String whys;

    @Before
    public void start() {
        app = rule.fixture();
        whys = "/postmortems/" + app.postmortem().getKey() + "/whys";
    }

    @Test
    public void aNewSiteStartsWithTheSeededListInItsOrder_seededOnceHoweverManyAskAtOnce() throws Exception {
        // A new site: nothing written yet (the fixture is a site in use).
        rule.ao().activeObjects().deleteWithSQL(dev.postmortems.jira.store.CauseCategoryEntity.class, "ID > ?", 0);
        assertEquals(List.of(), app.bean(dev.postmortems.jira.service.cause.CauseCategoryStore.class).all());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<CauseCatalogue>> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<CauseCatalogue> read = () -> app.bean(CauseCategoryService.class).catalogue();
            reads.add(pool.submit(read));
        }
        for (Future<CauseCatalogue> read : reads) {
            assertEquals(CauseCatalogue.SEEDED.size(), read.get().categories().size());
        }
        pool.shutdown();

        JsonNode list = app.rest().get(ADMIN, CATEGORIES).tree();
        assertEquals(CauseCatalogue.SEEDED, names(list));
    }

    @Test
    public void onlyJiraAdministratorsSeeOrChangeTheList() throws Exception {
        assertEquals(403, app.rest().get(EDITOR, CATEGORIES).status());
        assertEquals(403, app.rest().post(EDITOR, CATEGORIES, Map.of("name", "hardware")).status());
        assertEquals(403, app.rest().delete(VIEWER, CATEGORIES + "/" + id("change")).status());
        assertEquals(CauseCatalogue.SEEDED, names(app.rest().get(ADMIN, CATEGORIES).tree()));
    }

    @Test
    public void namesAreRequiredBoundedAndUniqueIgnoringCase_eachErrorNamesTheField() throws Exception {
        assertError(app.rest().post(ADMIN, CATEGORIES, Map.of("name", "  ")), "name", "Give the category a name.");
        assertError(app.rest().post(ADMIN, CATEGORIES, Map.of("name", "x".repeat(61))), "name",
                "A category's name has at most 60 characters.");
        assertError(app.rest().post(ADMIN, CATEGORIES, Map.of("name", " Change ")), "name", "There is already a category of that name.");
        assertError(app.rest().put(ADMIN, CATEGORIES + "/" + id("process"), Map.of("name", "CHANGE")), "name",
                "There is already a category of that name.");

        Reply added = app.rest().post(ADMIN, CATEGORIES, Map.of("name", " <b>hardware</b> "));
        assertEquals(added.body(), 201, added.status());
        assertEquals("<b>hardware</b>", added.tree().get("name").asText());
        Reply renamed = app.rest().put(ADMIN, CATEGORIES + "/" + id("process"), Map.of("name", "Process"));
        assertEquals(200, renamed.status());
        List<String> expected = new ArrayList<>(CauseCatalogue.SEEDED);
        expected.set(expected.indexOf("process"), "Process");
        expected.add("<b>hardware</b>");
        assertEquals(expected, names(renamed.tree()));
        assertEquals(expected, names(app.rest().get(ADMIN, CATEGORIES).tree()));
    }

    @Test
    public void aNewOrderNamesEveryCategoryOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        app.rest().get(ADMIN, CATEGORIES).tree().forEach(category -> ids.add(category.get("id").asLong()));
        assertError(app.rest().put(ADMIN, CATEGORIES + "/order", Map.of("ids", ids.subList(1, ids.size()))), "ids",
                "Name every category once, in the new order.");

        List<Long> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        Reply reordered = app.rest().put(ADMIN, CATEGORIES + "/order", Map.of("ids", reversed));

        assertEquals(200, reordered.status());
        List<String> expected = new ArrayList<>(CauseCatalogue.SEEDED);
        java.util.Collections.reverse(expected);
        assertEquals(expected, names(app.rest().get(ADMIN, CATEGORIES).tree()));
    }

    @Test
    public void aCategoryInUseOrTheLastOneIsNeverDeleted() throws Exception {
        long chainId = rootCause(app.postmortem());
        assertEquals(200, categorize(chainId, id("change"), null, 1).status());

        assertError(app.rest().delete(ADMIN, CATEGORIES + "/" + id("change")), "id",
                "Root causes are sorted into this category: it cannot be deleted. Rename it instead.");
        for (String name : CauseCatalogue.SEEDED) {
            if (!name.equals("change")) {
                assertEquals(200, app.rest().delete(ADMIN, CATEGORIES + "/" + id(name)).status());
            }
        }
        assertEquals(200, categorize(chainId, null, null, 2).status());
        assertError(app.rest().delete(ADMIN, CATEGORIES + "/" + id("change")), "id",
                "The last category cannot be deleted: root causes need somewhere to go.");
        assertEquals(List.of("change"), names(app.rest().get(ADMIN, CATEGORIES).tree()));
    }

    @Test
    public void aRootCauseIsSortedWithAComponentOfItsProject_andShowsWithASearchForTheSameCause() throws Exception {
        long search = app.jira().components().add(app.postmortem().getProjectObject().getId(), "Search \"beta\"");
        long chainId = rootCause(app.postmortem());

        Reply sorted = categorize(chainId, id("capacity/scale"), search, 1);

        assertEquals(sorted.body(), 200, sorted.status());
        JsonNode chain = sorted.tree();
        assertEquals(2, chain.get("revision").asInt());
        assertEquals("capacity/scale / Search \"beta\"", chain.get("categoryName").asText());
        assertEquals(search, chain.get("componentId").asLong());
        String jql = java.net.URLDecoder.decode(chain.get("causeSearch").asText().replaceFirst("^.*\\?jql=", ""),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("issue in postmortemsByCause(\"capacity/scale\", \"Search \\\"beta\\\"\")", jql);
        JsonNode view = app.rest().get(EDITOR, whys).tree();
        assertEquals("capacity/scale / Search \"beta\"", view.get("chains").get(0).get("categoryName").asText());
        assertEquals(CauseCatalogue.SEEDED.size(), view.get("categories").size());
        assertEquals("Search \"beta\"", view.get("components").get(0).get("name").asText());
        JsonNode read = app.rest().get(VIEWER, whys).tree();
        assertEquals("readers are offered no choice", 0, read.get("categories").size());
        assertEquals("capacity/scale / Search \"beta\"", read.get("chains").get(0).get("categoryName").asText());
    }

    @Test
    public void onlyAMarkedRootCauseIsSorted_unmarkingItTakesTheCategoryAway() throws Exception {
        long open = app.rest().post(EDITOR, whys, chain("Checkout down", false)).tree().get("id").asLong();
        assertError(categorize(open, id("change"), null, 1), "categoryId",
                "Mark the chain's root cause before sorting it into a category.");

        long chainId = rootCause(app.postmortem());
        long elsewhere = app.jira().components().add(app.jira().projects().ensure("SEC").id(), "Vault");
        assertError(categorize(chainId, id("change"), elsewhere, 1), "componentId",
                "Component " + elsewhere + " is not a component of the project of " + app.postmortem().getKey() + ".");
        assertError(categorize(chainId, 999_999L, null, 1), "categoryId", "There is no cause category 999999.");
        assertEquals(200, categorize(chainId, id("change"), null, 1).status());
        assertEquals("stale revision", 409, categorize(chainId, id("process"), null, 1).status());
        assertEquals(List.of((long) app.postmortem().getId()), causeSearch("change"));

        Map<String, Object> unmarked = chain("Database locked", false);
        unmarked.put("revision", 2);
        assertEquals(200, app.rest().put(EDITOR, whys + "/" + chainId, unmarked).status());

        JsonNode chain = app.rest().get(EDITOR, whys).tree().get("chains").get(1);
        assertEquals("", chain.get("categoryName").asText());
        assertEquals(List.of(), causeSearch("change"));
        assertEquals("the category is free again", 200, app.rest().delete(ADMIN, CATEGORIES + "/" + id("change")).status());
    }

    @Test
    public void readersCannotSortRootCauses() throws Exception {
        long chainId = rootCause(app.postmortem());
        assertEquals(403, categorize(chainId, id("change"), null, 1, VIEWER).status());
        assertFalse(app.rest().get(EDITOR, whys).tree().get("chains").get(0).get("categoryName").asText().length() > 0);
    }

    private List<Long> causeSearch(String category) {
        return app.bean(dev.postmortems.jira.service.whys.WhysStore.class).postmortemsWithCause(
                app.bean(CauseCategoryService.class).catalogue().named(category).orElseThrow().id(), java.util.Optional.empty());
    }

    private long rootCause(DoubleIssue postmortem) throws Exception {
        Reply added = app.rest().post(EDITOR, "/postmortems/" + postmortem.getKey() + "/whys", chain("Database locked", true));
        assertEquals(added.body(), 201, added.status());
        return added.tree().get("id").asLong();
    }

    private Reply categorize(long chainId, Long categoryId, Long componentId, int revision) throws Exception {
        return categorize(chainId, categoryId, componentId, revision, EDITOR);
    }

    private Reply categorize(long chainId, Long categoryId, Long componentId, int revision, String user) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", categoryId);
        body.put("componentId", componentId);
        body.put("revision", revision);
        return app.rest().put(user, whys + "/" + chainId + "/category", body);
    }

    private long id(String name) throws Exception {
        for (JsonNode category : app.rest().get(ADMIN, CATEGORIES).tree()) {
            if (category.get("name").asText().equals(name)) {
                return category.get("id").asLong();
            }
        }
        throw new AssertionError("no category " + name);
    }

    private static Map<String, Object> chain(String problem, boolean rootCause) {
        Map<String, Object> body = new HashMap<>();
        body.put("problem", problem);
        body.put("steps", List.of(Map.of("question", "Why?", "answer", "Too many writes")));
        body.put("rootCause", rootCause);
        return body;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(category -> names.add(category.get("name").asText()));
        return names;
    }

    private static void assertError(Reply reply, String field, String message) throws Exception {
        assertEquals(reply.body(), 400, reply.status());
        assertEquals(reply.body(), message, reply.tree().get("errors").get(field).asText());
        assertTrue(reply.body(), !reply.body().contains("Exception"));
    }
}
