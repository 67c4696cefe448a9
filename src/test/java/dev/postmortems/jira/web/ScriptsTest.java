package dev.postmortems.jira.web;

import org.junit.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** What every panel script keeps to: Jira's dialogs (the shared AUI dialog2) and flags, never the browser's own boxes. */
public class ScriptsTest {
    private static final Pattern BROWSER_BOX = Pattern.compile("\\b(window\\.)?(alert|confirm|prompt)\\(");
    /** A dialog built by hand rather than through the shared AUI dialog2. */
    private static final Pattern OWN_DIALOG = Pattern.compile("'role': 'dialog'|backdrop");
    private static final Path SHARED = Path.of("src/main/resources/web/common/postmortems.js");

    @Test
    public void noScriptOpensTheBrowsersAlertConfirmOrPromptBoxes() throws IOException {
        List<Path> scripts = scripts();
        assertFalse(scripts.isEmpty());
        List<String> offending = scripts.stream().filter(script -> BROWSER_BOX.matcher(read(script)).find())
                .map(Path::toString).toList();
        assertEquals(List.of(), offending);
    }

    @Test
    public void everyDialogIsTheSharedAuiDialog() throws IOException {
        assertTrue(OWN_DIALOG.matcher(read(SHARED)).find());
        List<String> offending = scripts().stream().filter(script -> !script.equals(SHARED))
                .filter(script -> OWN_DIALOG.matcher(read(script)).find()).map(Path::toString).toList();
        assertEquals(List.of(), offending);
    }

    /**
     * One renderer per panel: no panel's script draws its panel (no render method); each asks the server for its panel
     * again, by a name the server knows. Dashboard items ({@code web/insight}) are the exception Jira makes: its
     * dashboard asks each item's AMD module to render, with the data from the app's REST resource.
     */
    @Test
    public void noScriptDrawsAPanelEachAsksTheServerToRenderItAgain() throws IOException {
        Pattern render = Pattern.compile("prototype\\.render\\b");
        Pattern panel = Pattern.compile("P\\.panel\\(\\w+, '([a-z]+)'\\)");
        List<String> drawing = scripts().stream().filter(script -> !script.startsWith(Path.of("src/main/resources/web/insight")))
                .filter(script -> render.matcher(read(script)).find()).map(Path::toString).toList();
        assertEquals(List.of(), drawing);
        java.util.Set<String> asked = new java.util.TreeSet<>();
        for (Path script : scripts()) {
            java.util.regex.Matcher named = panel.matcher(read(script));
            while (named.find()) {
                asked.add(named.group(1));
            }
        }
        assertEquals(java.util.Arrays.stream(dev.postmortems.jira.view.PostmortemPanel.values())
                .map(dev.postmortems.jira.view.PostmortemPanel::feature).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), asked);
    }

    /**
     * The scripts' texts come from the app's language bundle through Jira's jsI18n transformer: every key they ask
     * for is in the bundle, and every web resource serving a script declares the transformer.
     */
    @Test
    public void everyTextAScriptAsksForIsInTheBundleAndItsWebResourceTranslatesIt() throws Exception {
        java.util.Properties bundle = new java.util.Properties();
        try (java.io.InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n/postmortems.properties"))) {
            bundle.load(in);
        }
        Pattern text = Pattern.compile("AJS\\.I18n\\.getText\\('([^']+)'\\)");
        java.util.Set<String> missing = new java.util.TreeSet<>();
        int asked = 0;
        for (Path script : scripts()) {
            java.util.regex.Matcher key = text.matcher(read(script));
            while (key.find()) {
                asked++;
                if (!bundle.containsKey(key.group(1))) {
                    missing.add(script.getFileName() + ": " + key.group(1));
                }
            }
        }
        assertTrue(asked > 30);
        assertEquals(java.util.Set.of(), missing);
        dev.postmortems.jira.jiradouble.PluginDescriptor descriptor = dev.postmortems.jira.jiradouble.PluginDescriptor.read();
        List<String> untranslated = descriptor.webResources().stream()
                .filter(resource -> resource.downloads().stream().anyMatch(download -> download.name().endsWith(".js")))
                .filter(resource -> !resource.translatesScripts()).map(dev.postmortems.jira.jiradouble.PluginDescriptor.WebResource::key)
                .toList();
        assertEquals(List.of(), untranslated);
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/web"))) {
            return files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
        }
    }

    private static String read(Path script) {
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
