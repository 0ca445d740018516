package io.markguard.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed loop: each worker sends its next request when the last one answered, until the time is up or the work
 * runs out. Workers are virtual threads, so a slow answer holds no platform thread.
 */
public final class Load {

    /** One request; returns false when there is nothing left to send (the listings ran out). */
    @FunctionalInterface
    public interface Step {
        boolean once() throws Exception;
    }

    public record Lane(String name, int workers, Step step) {
    }

    private Load() {
    }

    /** Runs every lane at once for the given time; returns the seconds it actually ran. */
    public static double run(Duration length, List<Lane> lanes) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + length.toNanos();
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Lane lane : lanes) {
                for (int w = 0; w < lane.workers(); w++) {
                    running.add(pool.submit(() -> {
                        while (!stop.get() && System.nanoTime() < deadline) {
                            try {
                                if (!lane.step().once()) {
                                    return null;
                                }
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return null;
                            } catch (Exception e) {
                                Bench.log("  " + lane.name() + ": " + e);
                                Thread.sleep(200);
                            }
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Bench.log("  worker ended: " + e.getCause());
                }
            }
        } finally {
            stop.set(true);
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
