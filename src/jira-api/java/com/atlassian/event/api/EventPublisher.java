package com.atlassian.event.api;

/**
 * Stand-in (compile only). Evidence: atlassian-event 2.3.4 sources; register/unregister called by
 * an app compiled against 8.8.1. In the real API register/unregister are declared on the super-interface
 * EventListenerRegistrar; declaring them here links the same way (JVM method resolution searches super-interfaces).
 */
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
