package dev.postmortems.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import dev.postmortems.jira.store.testing.ActiveObjectsRule;
import dev.postmortems.jira.store.testing.AppEntities;
import dev.postmortems.jira.store.testing.Database;
import org.junit.Before;
import org.junit.Rule;
import dev.postmortems.jira.jiradouble.JiraDouble;
import dev.postmortems.jira.jiradouble.JiraDoubleSpringContext;
import dev.postmortems.jira.jiradouble.JiraDoubleSpringContext.ExportedService;
import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SpringWiringTest {
    @Rule
    public final ActiveObjectsRule ao = new ActiveObjectsRule(Database.H2, AppEntities.ALL);

    private final JiraDouble jira = new JiraDouble();

    @Before
    public void provideActiveObjects() {
        jira.provide(ActiveObjects.class, ao.activeObjects());
    }

    @Test
    public void everyBeanOfTheAppsSpringXmlComesUpWithJirasServicesFromTheDouble() throws Exception {
        JiraDoubleSpringContext spring = new JiraDoubleSpringContext(jira);

        String[] beans = spring.context().getBeanDefinitionNames();
        assertTrue("the app defines beans", beans.length > spring.references().size());
        for (String bean : beans) {
            spring.context().getBean(bean);
        }
        assertFalse(spring.references().isEmpty());
    }

    @Test
    public void theSetUpIsExportedAsLifecycleAwareSoSalStartsIt() throws Exception {
        JiraDoubleSpringContext spring = new JiraDoubleSpringContext(jira);

        List<ExportedService> lifecycle = spring.exportedServices().stream()
                .filter(service -> service.interfaceName().equals(LifecycleAware.class.getName()))
                .toList();
        assertEquals(1, lifecycle.size());
        Object exported = spring.context().getBean(lifecycle.get(0).ref());
        assertTrue(exported instanceof LifecycleAware);

        ((LifecycleAware) exported).onStart();

        assertEquals(List.of("Postmortem", "Postmortem Review"), jira.issueTypes().createdNames());
        assertEquals(4, jira.linkTypes().createdNames().size());
    }

    @Test
    public void everyExportedServiceRefersToABeanImplementingItsInterface() throws Exception {
        JiraDoubleSpringContext spring = new JiraDoubleSpringContext(jira);

        for (ExportedService service : spring.exportedServices()) {
            Class<?> type = Class.forName(service.interfaceName());
            assertTrue(service + " must implement its interface", type.isInstance(spring.context().getBean(service.ref())));
        }
    }
}
