package dev.postmortems.jira.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The time the app sees in the sandbox: the real time, moved forward by as much as someone asked, to show what comes due. */
final class SandboxClock extends Clock {
    private final AtomicReference<Duration> ahead;
    private final ZoneId zone;

    SandboxClock(Duration ahead) {
        this(new AtomicReference<>(ahead), ZoneOffset.UTC);
    }

    private SandboxClock(AtomicReference<Duration> ahead, ZoneId zone) {
        this.ahead = ahead;
        this.zone = zone;
    }

    void moveForward(Duration by) {
        ahead.accumulateAndGet(by, Duration::plus);
    }

    void backToNow() {
        ahead.set(Duration.ZERO);
    }

    /**
     * Does the work as if it were that moment, then goes back to the time it was: for the demo history, written
     * through the app's services on the days the team would have written it. Only while the sandbox starts.
     */
    <T> T during(Instant moment, java.util.function.Supplier<T> work) {
        Duration was = ahead.get();
        ahead.set(Duration.between(Instant.now(), moment));
        try {
            return work.get();
        } finally {
            ahead.set(was);
        }
    }

    Duration ahead() {
        return ahead.get();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SandboxClock(ahead, zone); // moved forward together
    }
}
