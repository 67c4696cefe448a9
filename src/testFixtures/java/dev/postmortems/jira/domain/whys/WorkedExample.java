package dev.postmortems.jira.domain.whys;

import dev.postmortems.jira.domain.whys.WhyChainInput.WhyStepInput;

import java.util.List;

/** The worked example of the 5 Whys from the postmortem practice the app follows, as a why-chain down to its root cause. */
public final class WorkedExample {
    public static final String PROBLEM = "The application went down";
    public static final List<WhyStepInput> STEPS = List.of(
            new WhyStepInput("Why did the application go down?", "The database became locked."),
            new WhyStepInput("Why did it lock?", "Too many database writes."),
            new WhyStepInput("Why so many writes?", "The risk was not foreseen, so the change was not load tested."),
            new WhyStepInput("Why was it not load tested?", "There is no development process saying when to load test."),
            new WhyStepInput("Why is there no such process?", "We are reaching new levels of scale and never needed one."));

    private WorkedExample() {
    }

    public static WhyChainInput chain() {
        return new WhyChainInput(PROBLEM, STEPS, true);
    }
}
