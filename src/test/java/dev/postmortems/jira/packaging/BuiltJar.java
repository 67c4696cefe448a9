package dev.postmortems.jira.packaging;

import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
