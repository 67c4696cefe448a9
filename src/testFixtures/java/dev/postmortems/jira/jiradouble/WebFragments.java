package dev.postmortems.jira.jiradouble;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.plugin.web.descriptors.WebPanelModuleDescriptor;
import com.atlassian.sal.api.message.I18nResolver;
import dev.postmortems.jira.jiradouble.DoubleIssue;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.jiradouble.PluginDescriptor.ConditionModule;
import dev.postmortems.jira.jiradouble.PluginDescriptor.WebPanel;
import dev.postmortems.jira.jiradouble.PluginDescriptor.WebResource;
import dev.postmortems.jira.web.JiraVelocity;
import dev.postmortems.jira.web.testing.JsI18nTransformer;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The descriptor's web panels, web items and web resources for one issue view, as Jira's web fragment framework
 * handles them: each module's condition decides (inverted when the descriptor says so), the context provider builds
 * the panel's Velocity context, the view is rendered with Jira's escaping, and the web resources the panels require
 * (with their dependencies, and those for the view's context) are collected for the page.
 */
public final class WebFragments {
    public static final String ISSUE_VIEW_CONTEXT = "jira.view.issue";
    public static final String LEFT = "atl.jira.view.issue.left.context";
    public static final String RIGHT = "atl.jira.view.issue.right.context";
    /** The issue's operations: the buttons, then the More menu, which the sandbox shows as buttons too. */
    public static final List<String> OPERATIONS = List.of("operations-top-level", "operations-operations");
    /** Jira's AUI (ajs, dialog2, aui-flag…), which the sandbox page loads whole from npm's {@code @atlassian/aui}. */
    private static final String AUI = "com.atlassian.auiplugin:";

    private final PluginDescriptor descriptor;
    private final ApplicationContext app;
    private final JiraDouble jira;
    private final JiraVelocity velocity = new JiraVelocity();

    public WebFragments(PluginDescriptor descriptor, ApplicationContext app, JiraDouble jira) {
        this.descriptor = descriptor;
        this.app = app;
        this.jira = jira;
    }

    public record RenderedPanel(String key, String location, String label, String bodyHtml) {
    }

    public record Operation(String id, String styleClass, String href, String label) {
    }

    /** A page's scripts and styles, in the order they must load. */
    public record Resources(List<String> styles, List<String> scripts) {
    }

    /** The panels Jira would show on the issue for the logged-in user, in weight order, rendered in one request. */
    public List<RenderedPanel> panels(DoubleIssue issue) {
        return jira.requests().inRequest(() -> render(issue));
    }

    /** The same panels, each rendered as if in a request of its own: each reads its own data (for comparison). */
    public List<RenderedPanel> panelsEachInItsOwnRequest(DoubleIssue issue) {
        return render(issue);
    }

    private List<RenderedPanel> render(DoubleIssue issue) {
        Map<String, Object> context = Map.of("issue", issue);
        List<RenderedPanel> panels = new ArrayList<>();
        for (WebPanel panel : descriptor.webPanels()) {
            if (shows(panel.condition(), context)) {
                panels.add(new RenderedPanel(panel.key(), panel.location(), text(panel.labelKey()), html(panel, context)));
            }
        }
        return panels;
    }

    /**
     * The app's web panels at a location as Jira's web interface manager hands them out: each module renders with
     * its context provider, and its condition is left to the caller (as {@code getWebPanelDescriptors} does).
     */
    public List<WebPanelModuleDescriptor> webPanelDescriptors(String location) {
        return descriptor.webPanels().stream().filter(panel -> panel.location().equals(location))
                .map(panel -> (WebPanelModuleDescriptor) new WebPanelModuleDescriptor() {
                    @Override
                    public String getLocation() {
                        return panel.location();
                    }

                    @Override
                    public String getCompleteKey() {
                        return descriptor.pluginKey() + ":" + panel.key();
                    }

                    @Override
                    public com.atlassian.plugin.web.model.WebPanel getModule() {
                        return new com.atlassian.plugin.web.model.WebPanel() {
                            @Override
                            public String getHtml(Map<String, Object> context) {
                                return html(panel, context);
                            }

                            @Override
                            public void writeHtml(java.io.Writer writer, Map<String, Object> context) throws java.io.IOException {
                                writer.write(getHtml(context));
                            }
                        };
                    }
                }).toList();
    }

    /** One panel rendered: its context provider's context, its view with Jira's escaping. */
    private String html(WebPanel panel, Map<String, Object> context) {
        Map<String, Object> panelContext = context;
        if (panel.contextProviderClass() != null) {
            ContextProvider provider = build(panel.contextProviderClass(), ContextProvider.class);
            provider.init(Map.of());
            panelContext = provider.getContextMap(new java.util.HashMap<>(context));
        }
        return velocity.render(panel.view(), panelContext);
    }

    /** The issue's operations from the descriptor's web items, with Jira's {@code $issue.key} filled in. */
    public List<Operation> operations(DoubleIssue issue, String contextPath) {
        Map<String, Object> context = Map.of("issue", issue);
        return descriptor.webItems().stream().filter(item -> OPERATIONS.contains(item.section()))
                .sorted(java.util.Comparator.comparingInt(item -> OPERATIONS.indexOf(item.section())))
                .filter(item -> shows(item.condition(), context))
                .map(item -> new Operation(item.linkId(), item.styleClass(),
                        contextPath + item.link().replace("$issue.key", issue.getKey()), text(item.labelKey())))
                .toList();
    }

    /** The web resources required while rendering, and those of the issue view's context, with their dependencies. */
    public Resources resources(List<String> required, String resourcePath) {
        return resources(ISSUE_VIEW_CONTEXT, required, resourcePath);
    }

    /** The scripts and styles of the web resources in a context (Jira's {@code atl.dashboard}, say), dependencies first. */
    public Resources resources(String context, List<String> required, String resourcePath) {
        Set<String> keys = new LinkedHashSet<>();
        descriptor.webResources().stream().filter(resource -> resource.contexts().contains(context))
                .forEach(resource -> add(descriptor.pluginKey() + ":" + resource.key(), keys));
        required.forEach(key -> add(key, keys));
        List<String> styles = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (String key : keys) {
            WebResource resource = descriptor.webResource(key).orElseThrow();
            // A folder of images is downloadable too; only scripts and styles go on the page.
            resource.downloads().stream().filter(download -> download.name().endsWith(".css") || download.name().endsWith(".js"))
                    .forEach(download -> (download.name().endsWith(".css") ? styles : scripts).add(resourcePath + key + "/" + download.name()));
        }
        return new Resources(styles, scripts);
    }

    /** Where a downloadable resource of the app lives on the class path, for {@code <pluginKey:module>/<name>}. */
    public Optional<String> location(String completeKey, String name) {
        return descriptor.webResource(completeKey).flatMap(resource -> resource.downloads().stream()
                .filter(download -> download.name().equals(name)).map(PluginDescriptor.Download::location).findFirst());
    }

    /** A downloadable resource as Jira serves it: a script of a web resource that asks for it has its texts translated. */
    public byte[] served(String completeKey, String name, byte[] content) {
        boolean translated = name.endsWith(".js")
                && descriptor.webResource(completeKey).map(WebResource::translatesScripts).orElse(false);
        return translated ? new JsI18nTransformer(jira.service(I18nResolver.class))
                .transform(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8) : content;
    }

    private void add(String completeKey, Set<String> keys) {
        if (completeKey.startsWith(AUI) || keys.contains(completeKey)) {
            return;
        }
        WebResource resource = descriptor.webResource(completeKey)
                .orElseThrow(() -> new IllegalStateException("No web resource " + completeKey + " in the descriptor"));
        resource.dependencies().forEach(dependency -> add(dependency, keys));
        keys.add(completeKey);
    }

    private boolean shows(Optional<ConditionModule> module, Map<String, Object> context) {
        if (module.isEmpty()) {
            return true;
        }
        Condition condition = build(module.get().className(), Condition.class);
        condition.init(Map.of());
        return condition.shouldDisplay(context) != module.get().invert();
    }

    private String text(String key) {
        return jira.service(I18nResolver.class).getText(key);
    }

    /** As Jira builds a module's class: by its constructor, from the app's beans. */
    private <T> T build(String className, Class<T> type) {
        try {
            Class<?> moduleClass = Class.forName(className);
            return type.cast(app.getAutowireCapableBeanFactory().autowire(moduleClass, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The descriptor names a class the app does not have: " + className, e);
        }
    }
}
