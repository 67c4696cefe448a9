package dev.postmortems.jira.packaging;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/**
 * The built jar in a real OSGi framework (Apache Felix) whose system bundle exports exactly the packages Jira 11.3
 * and its bundled apps export for this app ({@code osgi/jira-11.3-exports.txt}, with the evidence for each): the
 * bundle must resolve — an import Jira does not export fails here, not at a customer's install — and every class
 * in it, and every class the descriptor and the Spring XML name, must load through the bundle's own class loader.
 */
public class BundleResolutionIT {
    private static final String EXPORTS = "osgi/jira-11.3-exports.txt";

    private Framework framework;
    private Path cache;

    @Before
    public void startFramework() throws Exception {
        cache = Files.createTempDirectory("felix-cache");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).iterator().next();
        framework = factory.newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, cache.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                // Only what Jira exports; the JDK's own packages come with the framework as in Jira.
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", jiraExports())));
        framework.start();
    }

    @After
    public void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
        try (var files = Files.walk(cache)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    public void theJarResolvesAgainstJirasExportsAndEveryClassLoads() throws Exception {
        Bundle app = framework.getBundleContext().installBundle(Path.of(System.getProperty("app.jar")).toUri().toString());

        if (!framework.adapt(FrameworkWiring.class).resolveBundles(List.of(app))) {
            throw new AssertionError("the app does not resolve in Jira 11.3: " + whyUnresolved(app));
        }
        assertEquals(Bundle.RESOLVED, app.getState());

        List<String> failures = new ArrayList<>();
        try (BuiltJar jar = BuiltJar.open()) {
            Set<String> classes = new TreeSet<>(jar.namedClasses());
            jar.entryNames().stream().filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .forEach(classes::add);
            assertFalse(classes.isEmpty());
            for (String name : classes) {
                try {
                    Class<?> loaded = app.loadClass(name);
                    // The JDK's classes (java.time.Clock) come from the JVM; the app's from its bundle, never the test's path.
                    assertTrue(name, name.startsWith("java.") || loaded.getClassLoader() != getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    failures.add(name + ": " + e);
                }
            }
        }
        assertEquals("classes that do not load through the bundle", List.of(), failures);
    }

    @Test
    public void givenAnImportJiraDoesNotExport_thenTheJarDoesNotResolve() throws Exception {
        Bundle app = framework.getBundleContext().installBundle(Path.of(System.getProperty("app.jar")).toUri().toString());
        framework.stop();
        framework.waitForStop(10_000);
        // The same framework without one package the app imports: the check would notice a missing export.
        List<String> fewer = new ArrayList<>(jiraExports());
        fewer.remove("com.atlassian.sal.api.lifecycle");
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, cache.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", fewer)));
        framework.start();
        app = framework.getBundleContext().installBundle(Path.of(System.getProperty("app.jar")).toUri().toString());

        assertFalse(framework.adapt(FrameworkWiring.class).resolveBundles(List.of(app)));
        assertTrue(whyUnresolved(app), whyUnresolved(app).contains("com.atlassian.sal.api.lifecycle"));
    }

    private static List<String> jiraExports() throws IOException {
        try (InputStream in = BundleResolutionIT.class.getClassLoader().getResourceAsStream(EXPORTS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();
        }
    }

    /** Felix says which requirement is missing when asked to start an unresolved bundle. */
    private static String whyUnresolved(Bundle bundle) {
        try {
            bundle.start();
            return "(it resolved when started)";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }
}
