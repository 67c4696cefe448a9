package com.opensymphony.workflow;

/** Stand-in (compile only). OSWorkflow's checked exception, the superclass of InvalidInputException (OSWorkflow 2.x source). */
public class WorkflowException extends Exception {
    public WorkflowException() {
    }
}
