package dev.postmortems.jira.jiradouble;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's event publisher, delivering each event at once to every registered listener's {@code @EventListener}
 * methods whose parameter type accepts it, as atlassian-event does.
 */
public final class SynchronousEventPublisher implements EventPublisher {
    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException("Listener " + listener + " failed", e);
                    }
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    public List<Object> listeners() {
        return List.copyOf(listeners);
    }
}
