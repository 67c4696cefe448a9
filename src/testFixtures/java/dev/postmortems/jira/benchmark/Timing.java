package dev.postmortems.jira.benchmark;

import java.util.Arrays;

/** Wall-clock timing of one piece of work: median and 95th percentile in milliseconds, after warming up. */
final class Timing {
    private final int warmUp;
    private final int measured;

    Timing(int warmUp, int measured) {
        this.warmUp = warmUp;
        this.measured = measured;
    }

    double[] time(Runnable work) {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        double[] millis = new double[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[measured / 2], millis[(int) Math.ceil(measured * 0.95) - 1]};
    }
}
