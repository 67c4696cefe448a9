package dev.postmortems.jira.jiradouble;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandler;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the app's Spring XML ({@code META-INF/spring/*.xml}, as {@code Spring-Context: *} tells Jira) into a
 * Spring 6 context, the XML validated against the real Gemini Blueprint schema. Each {@code osgi:reference} resolves
 * to the Jira double's service for its interface; each {@code osgi:service} is recorded as Jira would see it.
 */
public final class JiraDoubleSpringContext {
    static final String GEMINI_BLUEPRINT = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private final GenericApplicationContext context = new GenericApplicationContext();
    private final List<Reference> references = new ArrayList<>();
    private final List<ExportedService> exportedServices = new ArrayList<>();

    public record Reference(String beanId, String interfaceName) {
    }

    public record ExportedService(String beanId, String ref, String interfaceName) {
    }

    public JiraDoubleSpringContext(JiraDouble jira) throws IOException {
        this(jira, context -> {
        });
    }

    /**
     * With a change to the app's bean definitions made before the context starts: a host that is not Jira may
     * replace what Jira's platform would decide, such as the clock.
     */
    public JiraDoubleSpringContext(JiraDouble jira, java.util.function.Consumer<GenericApplicationContext> beforeRefresh)
            throws IOException {
        this(jira, Map.of(), beforeRefresh);
    }

    /**
     * One node of a cluster over a shared Jira: the services in {@code nodeServices} (such as its own Active Objects
     * and cluster locks) are this node's, every other service the shared double's.
     */
    public JiraDoubleSpringContext(JiraDouble jira, Map<Class<?>, Object> nodeServices,
                                   java.util.function.Consumer<GenericApplicationContext> beforeRefresh) throws IOException {
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        NamespaceHandler blueprint = new BlueprintNamespace(jira, nodeServices);
        blueprint.init();
        DefaultNamespaceHandlerResolver springHandlers = new DefaultNamespaceHandlerResolver();
        reader.setNamespaceHandlerResolver(uri -> GEMINI_BLUEPRINT.equals(uri) ? blueprint : springHandlers.resolve(uri));
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_XSD);
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/spring/*.xml");
        if (files.length == 0) {
            throw new IllegalStateException("No META-INF/spring/*.xml on the class path");
        }
        reader.loadBeanDefinitions(files);
        beforeRefresh.accept(context);
        context.refresh();
    }

    public GenericApplicationContext context() {
        return context;
    }

    public List<Reference> references() {
        return List.copyOf(references);
    }

    public List<ExportedService> exportedServices() {
        return List.copyOf(exportedServices);
    }

    private final class BlueprintNamespace extends NamespaceHandlerSupport {
        private final JiraDouble jira;
        private final Map<Class<?>, Object> nodeServices;

        private BlueprintNamespace(JiraDouble jira, Map<Class<?>, Object> nodeServices) {
            this.jira = jira;
            this.nodeServices = nodeServices;
        }

        @Override
        public void init() {
            registerBeanDefinitionParser("reference", this::parseReference);
            registerBeanDefinitionParser("service", this::parseService);
        }

        private BeanDefinition parseReference(Element element, ParserContext parserContext) {
            String id = element.getAttribute("id");
            String interfaceName = element.getAttribute("interface");
            Class<?> type = load(interfaceName);
            if (!type.isInterface()) {
                throw new IllegalStateException("osgi:reference " + id + " names a class, not an interface: " + interfaceName);
            }
            RootBeanDefinition definition = new RootBeanDefinition(type.getName());
            definition.setInstanceSupplier(() -> nodeServices.containsKey(type) ? nodeServices.get(type) : jira.service(type));
            parserContext.getRegistry().registerBeanDefinition(id, definition);
            references.add(new Reference(id, interfaceName));
            return null;
        }

        private BeanDefinition parseService(Element element, ParserContext parserContext) {
            exportedServices.add(new ExportedService(element.getAttribute("id"), element.getAttribute("ref"),
                    element.getAttribute("interface")));
            return null;
        }

        private Class<?> load(String name) {
            try {
                return Class.forName(name, false, JiraDoubleSpringContext.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("No such class: " + name, e);
            }
        }
    }
}
