package dev.postmortems.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.jiradouble.JiraDoubleSpringContext;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Rule;
import org.junit.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** What Jira does with atlassian-plugin.xml when it enables the app, checked against the app's own classes. */
public class DescriptorTest {
    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(Database.H2, AppEntities.ALL);

    /** The objects the panels' context providers hand to their templates. */
    private static final List<Class<?>> PANEL_VIEW_MODELS = List.of(
            dev.postmortems.jira.view.timeline.TimelineView.class, dev.postmortems.jira.view.whys.WhysView.class,
            dev.postmortems.jira.view.action.ActionsView.class, dev.postmortems.jira.view.team.TeamView.class,
            dev.postmortems.jira.view.review.ReviewView.class, dev.postmortems.jira.view.lessons.LessonsView.class,
            dev.postmortems.jira.view.readiness.ReadinessView.class, dev.postmortems.jira.view.recurrence.RecurrenceView.class,
            dev.postmortems.jira.view.action.ActionTicketView.class, dev.postmortems.jira.view.verdict.ReviewMeetingView.class,
            dev.postmortems.jira.view.config.ConfigurationView.class, dev.postmortems.jira.view.config.ProjectSettingsView.class,
            dev.postmortems.jira.view.team.IncidentNoticeView.class, dev.postmortems.jira.view.team.MeetingView.class,
            dev.postmortems.jira.view.cause.SeenBeforeView.class);

    private final Document descriptor = parse(new File("atlassian-plugin.xml"));

    @Test
    public void everyConditionAndContextProviderCanBeBuiltFromTheAppsSpringContext() throws Exception {
        JiraDouble jira = new JiraDouble().provide(ActiveObjects.class, ao.activeObjects());
        JiraDoubleSpringContext spring = new JiraDoubleSpringContext(jira);
        List<String> classes = new ArrayList<>();
        for (String tag : List.of("condition", "context-provider", "jql-function")) {
            for (Element element : elements(descriptor.getElementsByTagName(tag))) {
                classes.add(element.getAttribute("class"));
            }
        }
        assertFalse(classes.isEmpty());
        for (String name : classes) {
            Object built = spring.context().getAutowireCapableBeanFactory()
                    .autowire(Class.forName(name), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            assertTrue(name, Class.forName(name).isInstance(built));
        }
    }

    @Test
    public void everyMethodOfTheViewModelsIsAllowlistedForVelocityAndEveryAllowlistedMethodExists() throws Exception {
        Set<String> allowlisted = new TreeSet<>();
        for (Element method : elements(descriptor.getElementsByTagName("method"))) {
            allowlisted.add(method.getTextContent().trim());
        }
        Set<String> needed = new TreeSet<>();
        // Start from what the context providers put in the templates and follow every list and nested record.
        java.util.Deque<Class<?>> toVisit = new java.util.ArrayDeque<>(PANEL_VIEW_MODELS);
        Set<Class<?>> visited = new java.util.HashSet<>();
        while (!toVisit.isEmpty()) {
            Class<?> viewModel = toVisit.pop();
            if (!visited.add(viewModel)) {
                continue;
            }
            assertTrue(viewModel + " is a record, so its accessors are all it offers", viewModel.isRecord());
            assertTrue(Modifier.isPublic(viewModel.getModifiers()));
            for (RecordComponent component : viewModel.getRecordComponents()) {
                needed.add(viewModel.getName() + "#" + component.getName() + "()");
                Class<?> type = component.getType();
                if (type == List.class) {
                    Class<?> element = (Class<?>) ((java.lang.reflect.ParameterizedType) component.getGenericType())
                            .getActualTypeArguments()[0];
                    if (element != String.class) {
                        toVisit.push(element);
                    }
                    continue;
                }
                if (type.isRecord()) {
                    toVisit.push(type);
                    continue;
                }
                assertTrue(viewModel + "." + component.getName() + " must be a plain value, not " + type,
                        type.isPrimitive() || type == String.class);
            }
        }
        assertEquals(needed, allowlisted);
        for (String entry : allowlisted) {
            Method method = Class.forName(entry.substring(0, entry.indexOf('#')))
                    .getMethod(entry.substring(entry.indexOf('#') + 1, entry.indexOf('(')));
            assertTrue(entry, Modifier.isPublic(method.getModifiers()));
        }
    }

    @Test
    public void everyWebPanelIsGuardedByOneOfTheAppsConditions() {
        for (Element panel : elements(descriptor.getElementsByTagName("web-panel"))) {
            NodeList conditions = panel.getElementsByTagName("condition");
            assertEquals(panel.getAttribute("key"), 1, conditions.getLength());
            // The recurrence notice's condition checks the issue type first, as PostmortemIssueCondition does; the
            // action ticket's, that the issue is linked from a postmortem as its action; the review meeting's, that the
            // issue is a Postmortem Review; the configuration pages', that there is no issue and the
            // reader administers the site or the project; the incident notice's, that the issue's project's policy asks a
            // postmortem of it (from the issue and Jira's settings alone); Seen before's, that the postmortem has a root
            // cause sorted with a category and a component (from the snapshot the page's panels share).
            assertTrue(panel.getAttribute("key"), List.of("dev.postmortems.jira.jira.PostmortemIssueCondition",
                    "dev.postmortems.jira.jira.recurrence.PostmortemRecurredCondition",
                    "dev.postmortems.jira.jira.action.ActionTicketCondition", "dev.postmortems.jira.jira.verdict.ReviewTicketCondition",
                    "dev.postmortems.jira.jira.config.ConfigurationCondition", "dev.postmortems.jira.jira.config.ProjectSettingsCondition",
                    "dev.postmortems.jira.jira.team.IncidentNoticeCondition", "dev.postmortems.jira.jira.cause.SeenBeforeCondition")
                    .contains(((Element) conditions.item(0)).getAttribute("class")));
        }
    }

    @Test
    public void theIssueOperationsAskWhoMayUseThem() {
        java.util.Map<String, String> conditions = new java.util.TreeMap<>();
        for (Element item : elements(descriptor.getElementsByTagName("web-item"))) {
            Element condition = (Element) item.getElementsByTagName("condition").item(0);
            conditions.put(item.getAttribute("key"), condition.getAttribute("class") + (condition.hasAttribute("invert") ? " inverted" : ""));
        }
        assertEquals("dev.postmortems.jira.jira.team.StartPostmortemCondition", conditions.get("start-postmortem"));
        assertEquals("dev.postmortems.jira.jira.recurrence.MarkRecurrenceCondition", conditions.get("mark-recurrence"));
    }

    @Test
    public void everyJqlFunctionIsAListFunctionNamedAsItsClassSays() throws Exception {
        JiraDouble jira = new JiraDouble().provide(ActiveObjects.class, ao.activeObjects());
        JiraDoubleSpringContext spring = new JiraDoubleSpringContext(jira);
        List<String> names = new ArrayList<>();
        for (Element module : elements(descriptor.getElementsByTagName("jql-function"))) {
            String fname = module.getElementsByTagName("fname").item(0).getTextContent().trim();
            assertEquals(fname, "true", module.getElementsByTagName("list").item(0).getTextContent().trim());
            com.atlassian.jira.plugin.jql.function.JqlFunction function = (com.atlassian.jira.plugin.jql.function.JqlFunction)
                    spring.context().getAutowireCapableBeanFactory().autowire(Class.forName(module.getAttribute("class")),
                            AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            assertEquals(fname, function.getFunctionName());
            assertTrue(function.isList());
            names.add(fname);
        }
        assertEquals(List.of("overduePostmortemReviews", "overduePostmortemActions", "postmortemActions", "overduePostmortems",
                "incidentsWithoutPostmortem", "postmortemsWithMeasure", "postmortemsByCause", "waivedPostmortems", "ineffectivePostmortemActions", "postmortemReviewsNeedingFollowUp", "postmortemRecurrences",
                "postmortemsWithOpenActions"), names);
    }

    private static Document parse(File file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
