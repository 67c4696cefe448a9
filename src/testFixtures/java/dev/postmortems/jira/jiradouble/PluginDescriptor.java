package dev.postmortems.jira.jiradouble;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The modules of the app's {@code atlassian-plugin.xml} (as built, from the class path) that the sandbox honours
 * as Jira would: web panels, web items, web resources, JQL functions and dashboard items.
 */
public record PluginDescriptor(String pluginKey, List<WebPanel> webPanels, List<WebItem> webItems,
                               List<WebResource> webResources, List<JqlFunctionModule> jqlFunctions,
                               List<WorkflowValidatorModule> workflowValidators, List<DashboardItem> dashboardItems) {

    /** A {@code <condition>}: its class, and whether its answer is inverted. */
    public record ConditionModule(String className, boolean invert) {
    }

    public record WebPanel(String key, String location, int weight, String labelKey, Optional<ConditionModule> condition,
                           String contextProviderClass, String view) {
    }

    public record WebItem(String key, String section, int weight, String labelKey, String styleClass, String linkId,
                          String link, Optional<ConditionModule> condition) {
    }

    public record Download(String name, String location) {
    }

    /** @param translatesScripts whether its scripts go through Jira's {@code jsI18n} transformer */
    public record WebResource(String key, List<String> dependencies, List<Download> downloads, List<String> contexts,
                              boolean translatesScripts) {
    }

    public record JqlFunctionModule(String key, String functionName, String className) {
    }

    /** A {@code <workflow-validator>}: the class Jira runs on a transition an admin added it to. */
    public record WorkflowValidatorModule(String key, String validatorClass) {
    }

    /** A {@code <dashboard-item>}: its title and description keys, and the AMD module Jira's dashboard asks to render it. */
    public record DashboardItem(String key, String titleKey, String descriptionKey, String amdModule, String thumbnail) {
    }

    public static PluginDescriptor read() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("No atlassian-plugin.xml on the class path: build the app first");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            return read(root);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read atlassian-plugin.xml", e);
        }
    }

    private static PluginDescriptor read(Element root) {
        List<WebPanel> panels = new ArrayList<>();
        for (Element panel : children(root, "web-panel")) {
            panels.add(new WebPanel(panel.getAttribute("key"), panel.getAttribute("location"), weight(panel),
                    child(panel, "label").map(label -> label.getAttribute("key")).orElse(""), condition(panel),
                    child(panel, "context-provider").map(provider -> provider.getAttribute("class")).orElse(null),
                    children(panel, "resource").stream().filter(resource -> "view".equals(resource.getAttribute("name")))
                            .map(resource -> resource.getAttribute("location")).findFirst().orElseThrow()));
        }
        panels.sort(Comparator.comparingInt(WebPanel::weight));
        List<WebItem> items = new ArrayList<>();
        for (Element item : children(root, "web-item")) {
            Element link = child(item, "link").orElseThrow();
            items.add(new WebItem(item.getAttribute("key"), item.getAttribute("section"), weight(item),
                    child(item, "label").map(label -> label.getAttribute("key")).orElse(""),
                    child(item, "styleClass").map(Node::getTextContent).orElse(""), link.getAttribute("linkId"),
                    link.getTextContent().trim(), condition(item)));
        }
        items.sort(Comparator.comparingInt(WebItem::weight));
        List<WebResource> resources = new ArrayList<>();
        for (Element resource : children(root, "web-resource")) {
            resources.add(new WebResource(resource.getAttribute("key"),
                    children(resource, "dependency").stream().map(Node::getTextContent).map(String::trim).toList(),
                    children(resource, "resource").stream().filter(download -> "download".equals(download.getAttribute("type")))
                            .map(download -> new Download(download.getAttribute("name"), download.getAttribute("location"))).toList(),
                    children(resource, "context").stream().map(Node::getTextContent).map(String::trim).toList(),
                    children(resource, "transformation").stream().filter(t -> "js".equals(t.getAttribute("extension")))
                            .flatMap(t -> children(t, "transformer").stream())
                            .anyMatch(transformer -> "jsI18n".equals(transformer.getAttribute("key")))));
        }
        List<JqlFunctionModule> functions = new ArrayList<>();
        for (Element function : children(root, "jql-function")) {
            functions.add(new JqlFunctionModule(function.getAttribute("key"),
                    child(function, "fname").orElseThrow().getTextContent().trim(), function.getAttribute("class")));
        }
        List<WorkflowValidatorModule> validators = new ArrayList<>();
        for (Element validator : children(root, "workflow-validator")) {
            validators.add(new WorkflowValidatorModule(validator.getAttribute("key"),
                    child(validator, "validator-class").orElseThrow().getTextContent().trim()));
        }
        List<DashboardItem> dashboardItems = new ArrayList<>();
        for (Element item : children(root, "dashboard-item")) {
            Element definition = child(item, "definition").orElseThrow();
            dashboardItems.add(new DashboardItem(item.getAttribute("key"), child(definition, "title").orElseThrow().getAttribute("key"),
                    child(item, "description").orElseThrow().getAttribute("key"),
                    child(item, "amd-module").orElseThrow().getTextContent().trim(),
                    child(definition, "thumbnail").orElseThrow().getAttribute("location")));
        }
        return new PluginDescriptor(root.getAttribute("key"), List.copyOf(panels), List.copyOf(items), List.copyOf(resources),
                List.copyOf(functions), List.copyOf(validators), List.copyOf(dashboardItems));
    }

    /** The web resource of this app with that complete key ({@code pluginKey:moduleKey}), if it is one of ours. */
    public Optional<WebResource> webResource(String completeKey) {
        return webResources.stream().filter(resource -> (pluginKey + ":" + resource.key()).equals(completeKey)).findFirst();
    }

    private static int weight(Element element) {
        String weight = element.getAttribute("weight");
        return weight.isEmpty() ? 1000 : Integer.parseInt(weight);
    }

    private static Optional<ConditionModule> condition(Element module) {
        return child(module, "condition").map(condition -> new ConditionModule(condition.getAttribute("class"),
                Boolean.parseBoolean(condition.getAttribute("invert"))));
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
