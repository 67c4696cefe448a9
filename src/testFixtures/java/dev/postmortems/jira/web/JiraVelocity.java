package dev.postmortems.jira.web;

import org.apache.commons.text.StringEscapeUtils;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.util.Map;

/**
 * Renders the app's templates the way Jira renders web panels: from the class path, strict about undefined
 * references, and with HTML auto-escaping of every value a template prints (Jira's default since 6.0; nothing
 * in this app is marked as safe HTML). Single quotes are escaped too, as Jira's escaper does; as in Jira, a reference named
 * {@code …Html} is not escaped.
 */
public final class JiraVelocity {
    private final VelocityEngine engine = new VelocityEngine();

    public JiraVelocity() {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("resource.loader.classpath.cache", true); // Jira parses each template once
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.init();
    }

    /**
     * Jira's one exception to escaping: a reference whose name ends in "Html" ({@code $panelHtml},
     * {@code $item.bodyHtml()}) is printed as it is. The app's own templates use none.
     */
    static boolean isMarkedHtml(String reference) {
        // Called for every value printed: plain string work, no regular expression compiled each time.
        String name = withoutTrailingBraces(reference);
        if (name.endsWith("()")) {
            name = withoutTrailingBraces(name.substring(0, name.length() - 2));
        }
        return name.endsWith("Html") || name.endsWith("HTML");
    }

    private static String withoutTrailingBraces(String reference) {
        int end = reference.length();
        while (end > 0 && "${}!".indexOf(reference.charAt(end - 1)) >= 0) {
            end--;
        }
        return reference.substring(0, end);
    }

    public String render(String template, Map<String, Object> context) {
        VelocityContext velocityContext = new VelocityContext(new java.util.HashMap<>(context));
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler((ReferenceInsertionEventHandler) (ctx, reference, value) ->
                value == null || isMarkedHtml(reference) ? value
                        : StringEscapeUtils.escapeHtml4(value.toString()).replace("'", "&#39;"));
        escaping.attachToContext(velocityContext);
        Template loaded = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        loaded.merge(velocityContext, out);
        return out.toString();
    }
}
