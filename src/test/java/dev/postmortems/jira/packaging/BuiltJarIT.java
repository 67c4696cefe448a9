package dev.postmortems.jira.packaging;

import dev.postmortems.jira.jira.setup.AppIssueType;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** What AMPS would check before Jira ever sees the jar, checked on the jar Maven built. */
public class BuiltJarIT {
    private static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final String BLUEPRINT_NS = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final Pattern TEMPLATE_I18N_KEY = Pattern.compile("\\$i18n\\.getText\\(\\s*['\"]([^'\"]+)['\"]");

    private BuiltJar jar;
    private Document descriptor;

    @Before
    public void openJar() throws Exception {
        jar = BuiltJar.open();
        descriptor = jar.xml(DESCRIPTOR);
    }

    @After
    public void closeJar() throws Exception {
        jar.close();
    }

    @Test
    public void manifestMakesATransformerlessBundleKeyedLikeTheDescriptor() throws Exception {
        String key = descriptor.getDocumentElement().getAttribute("key");
        assertEquals("dev.postmortems.jira", key);
        assertEquals(key, jar.mainAttribute("Atlassian-Plugin-Key"));
        assertEquals(key, jar.mainAttribute("Bundle-SymbolicName"));
        assertEquals("*", jar.mainAttribute("Spring-Context"));
        assertEquals("2", jar.mainAttribute("Bundle-ManifestVersion"));
        String exports = jar.mainAttribute("Export-Package");
        assertTrue("nothing is exported, got " + exports, exports == null || exports.isBlank());
    }

    @Test
    public void importsAreUnversionedNotBlanketOptionalAndNeverTheAppsOwnOrJavas() throws Exception {
        String imports = jar.mainAttribute("Import-Package");
        assertFalse("Import-Package must be present", imports == null || imports.isBlank());
        assertFalse(imports, imports.contains("version"));
        assertFalse(imports, imports.contains("resolution:=optional"));
        assertFalse(imports, imports.contains("*"));
        for (String imported : importedPackages(imports)) {
            assertFalse(imported, imported.startsWith("java."));
            assertFalse(imported, imported.startsWith("dev.postmortems"));
        }
    }

    @Test
    public void everyImportedJiraServiceInterfaceIsInAnImportedPackage() throws Exception {
        Set<String> imported = importedPackages(jar.mainAttribute("Import-Package"));
        for (Element reference : springElements(BLUEPRINT_NS, "reference")) {
            String type = reference.getAttribute("interface");
            assertTrue(type + " must be imported", imported.contains(type.substring(0, type.lastIndexOf('.'))));
            assertFalse(type + " must come from Jira, not the jar", jar.hasClass(type));
        }
    }

    @Test
    public void nothingFromAtlassianOrActiveObjectsIsPackaged() {
        for (String entry : jar.entryNames()) {
            assertFalse(entry, entry.startsWith("com/atlassian/"));
            assertFalse(entry, entry.startsWith("net/java/ao/"));
        }
    }

    @Test
    public void descriptorHasNoElementsForbiddenInTransformerlessPlugins() {
        for (String forbidden : List.of("component", "component-import", "module-type")) {
            assertEquals(forbidden, 0, descriptor.getElementsByTagName(forbidden).getLength());
        }
    }

    @Test
    public void descriptorIsFilteredAndDeclaresDataCenterCompatibility() {
        Element info = (Element) descriptor.getElementsByTagName("plugin-info").item(0);
        assertFalse(info.getTextContent(), info.getTextContent().contains("${"));
        assertEquals("compatible", param(info, "atlassian-data-center-status"));
        assertEquals("true", param(info, "atlassian-data-center-compatible"));
    }

    @Test
    public void everyClassTheDescriptorOrSpringNamesIsInTheJar() throws Exception {
        List<String> named = jar.namedClasses();
        assertFalse(named.isEmpty());
        for (String className : named) {
            // The Java platform's own classes (java.time.Clock) come from the JVM, like in Jira.
            boolean fromJava = className.startsWith("java.") && Class.forName(className).getClassLoader() == null;
            assertTrue(className + " is named but not packaged", fromJava || jar.hasClass(className));
        }
    }

    @Test
    public void everyResourceLocationExists() {
        // Only <resource> locations are files; a web panel's location is a place on Jira's pages.
        for (Element element : all(descriptor.getElementsByTagName("resource"))) {
            if (element.hasAttribute("location")) {
                String location = element.getAttribute("location").replaceFirst("^/", "");
                String expected = "i18n".equals(element.getAttribute("type")) ? location.replace('.', '/') + ".properties" : location;
                assertTrue(expected + " is declared but not packaged", jar.has(expected) || jar.has(expected + "/"));
            }
        }
        Element info = (Element) descriptor.getElementsByTagName("plugin-info").item(0);
        for (String icon : List.of("plugin-icon", "plugin-logo")) {
            assertTrue(icon, jar.has(param(info, icon)));
        }
        for (AppIssueType type : AppIssueType.values()) {
            assertTrue(type.iconLocation(), jar.has(type.iconLocation()));
        }
    }

    @Test
    public void everyI18nKeyUsedInTheDescriptorAndTemplatesExists() throws Exception {
        Properties i18n = jar.properties(i18nFile());
        Set<String> used = new TreeSet<>();
        for (Element element : all(descriptor.getElementsByTagName("*"))) {
            if (element.hasAttribute("i18n-name-key")) {
                used.add(element.getAttribute("i18n-name-key"));
            }
            if (element.hasAttribute("key") && List.of("label", "description", "tooltip").contains(element.getTagName())) {
                used.add(element.getAttribute("key"));
            }
        }
        for (String template : jar.entryNames().stream().filter(name -> name.endsWith(".vm")).toList()) {
            Matcher keys = TEMPLATE_I18N_KEY.matcher(jar.text(template));
            while (keys.find()) {
                used.add(keys.group(1));
            }
        }
        assertFalse(used.isEmpty());
        for (String key : used) {
            assertTrue("missing i18n key " + key, i18n.containsKey(key));
        }
    }

    private String i18nFile() {
        for (Element resource : all(descriptor.getElementsByTagName("resource"))) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                return resource.getAttribute("location").replace('.', '/') + ".properties";
            }
        }
        throw new AssertionError("the descriptor declares no i18n resource");
    }

    private List<Element> springElements(String namespace, String localName) throws Exception {
        List<Element> found = new ArrayList<>();
        for (String entry : jar.entryNames()) {
            if (entry.startsWith("META-INF/spring/") && entry.endsWith(".xml")) {
                found.addAll(all(jar.xml(entry).getElementsByTagNameNS(namespace, localName)));
            }
        }
        return found;
    }

    private static Set<String> importedPackages(String header) {
        Set<String> packages = new TreeSet<>();
        // Split on commas outside quotes: attributes such as filters may contain commas.
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            packages.add(clause.split(";")[0].trim());
        }
        return packages;
    }

    private static String param(Element parent, String name) {
        for (Element param : all(parent.getElementsByTagName("param"))) {
            if (name.equals(param.getAttribute("name"))) {
                return param.getTextContent().trim();
            }
        }
        throw new AssertionError("no param " + name);
    }

    private static List<Element> all(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
