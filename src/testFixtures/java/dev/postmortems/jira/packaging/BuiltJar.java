package dev.postmortems.jira.packaging;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** The installable jar as Maven built it (path from the {@code app.jar} system property), read as Jira reads it. */
final class BuiltJar implements AutoCloseable {
    private final JarFile jar;

    private BuiltJar(JarFile jar) {
        this.jar = jar;
    }

    static BuiltJar open() throws IOException {
        String location = System.getProperty("app.jar");
        if (location == null || !Files.isRegularFile(Path.of(location))) {
            throw new IllegalStateException("Run with -Dapp.jar=<built jar> (mvn verify sets it); got " + location);
        }
        return new BuiltJar(new JarFile(location));
    }

    Manifest manifest() throws IOException {
        return jar.getManifest();
    }

    String mainAttribute(String name) throws IOException {
        return manifest().getMainAttributes().getValue(name);
    }

    List<String> entryNames() {
        return jar.stream().map(ZipEntry::getName).toList();
    }

    boolean has(String entryName) {
        return jar.getEntry(entryName) != null;
    }

    boolean hasClass(String className) {
        return has(className.replace('.', '/') + ".class");
    }

    String text(String entryName) {
        try (InputStream in = jar.getInputStream(jar.getEntry(entryName))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document xml(String entryName) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = jar.getInputStream(jar.getEntry(entryName))) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    Properties properties(String entryName) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = jar.getInputStream(jar.getEntry(entryName))) {
            properties.load(in);
        }
        return properties;
    }

    /** Every class Jira instantiates by name: those the descriptor and the Spring XML name. */
    List<String> namedClasses() throws Exception {
        List<String> named = new ArrayList<>();
        NodeList elements = xml("atlassian-plugin.xml").getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.hasAttribute("class")) {
                named.add(element.getAttribute("class"));
            }
            if (List.of("entity", "upgradeTask", "validator-class", "condition-class", "function-class").contains(element.getTagName())) {
                named.add(element.getTextContent().trim());
            }
        }
        for (String entry : entryNames()) {
            if (entry.startsWith("META-INF/spring/") && entry.endsWith(".xml")) {
                NodeList beans = xml(entry).getElementsByTagNameNS("http://www.springframework.org/schema/beans", "bean");
                for (int i = 0; i < beans.getLength(); i++) {
                    named.add(((Element) beans.item(i)).getAttribute("class"));
                }
            }
        }
        return named;
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
