package io.markguard.platform.transaction;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.IntSupplier;

/**
 * Work on a large set done a bounded batch per transaction, so no transaction holds many rows and every replica may
 * run it side by side (each batch skips the rows another holds).
 */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code batch} (which answers how many rows it did) in a transaction of its own, again and again until one
     * does fewer than {@code size} or {@code most} have run; answers the rows done in all.
     */
    public static int untilShort(int size, int most, IntSupplier batch) {
        int done = 0;
        for (int n = 0; n < most; n++) {
            int did = QuarkusTransaction.requiringNew().call(batch::getAsInt);
            done += did;
            if (did < size) {
                break;
            }
        }
        return done;
    }
}
