package io.markguard.portal.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Starts the independent peer reads of one page side by side, so the page takes as long as its slowest read
 * rather than their sum. Each read is the same {@link ComplaintClient} or {@link MerchantClient} call, with its own
 * timeout, retry and breaker, run on the shared worker pool through the {@link ManagedExecutor}, which carries the
 * request's context over: the signed-in user's identity (and so the token {@link UserTokenForwarding} sends) and
 * the trace. A read no worker has picked up by the time the page needs it is run by the page's own thread, so a
 * busy pool makes a page sequential, never stuck waiting for a worker.
 */
@ApplicationScoped
public class PeerReads {

    @Inject
    ManagedExecutor executor;

    /** Starts {@code read}; {@link Read#get()} gives its answer, or throws what it threw. */
    public <T> Read<T> start(Supplier<T> read) {
        Read<T> started = new Read<>(read);
        try {
            executor.runAsync(started::run);
        } catch (RejectedExecutionException full) {
            // Left for the page's own thread.
        }
        return started;
    }

    /** A read under way: whichever thread takes it first runs it, once. */
    public static final class Read<T> implements Supplier<T> {
        private final Supplier<T> read;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CompletableFuture<T> answer = new CompletableFuture<>();

        Read(Supplier<T> read) {
            this.read = read;
        }

        void run() {
            if (!taken.compareAndSet(false, true)) {
                return;
            }
            try {
                answer.complete(read.get());
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        }

        /** The read's answer, waiting for it (or running it here, if no worker has begun it). */
        @Override
        public T get() {
            run();
            try {
                return answer.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
