package com.opensymphony.workflow.loader;

/** Stand-in (compile only). OSWorkflow's abstract base of workflow descriptors; the app only receives it. */
public abstract class AbstractDescriptor {
}
