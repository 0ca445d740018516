package io.markguard.platform.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The queues of work for people that this service keeps, each as its latest {@link DeadlineBacklog} reading: what
 * the portal's navigation and dashboards show reviewers. Served from memory (each replica reads the database on
 * its metrics schedule), so a page that shows the counts adds no query.
 */
@Path("/api/queues")
@RolesAllowed({ "reviewer", "admin" })
public class QueueFigures {

    @Inject
    Board board;

    /** The backlogs a service registered, in the order it registered them. */
    @ApplicationScoped
    public static class Board {
        private final List<DeadlineBacklog> backlogs = new CopyOnWriteArrayList<>();

        /** Shows {@code backlog} as a gauge and as a queue of this service; a later start replaces an earlier one. */
        public void register(Gauges gauges, DeadlineBacklog backlog) {
            backlog.register(gauges);
            backlogs.removeIf(b -> b.queue().equals(backlog.queue()));
            backlogs.add(backlog);
        }

        public List<DeadlineBacklog.Reading> readings() {
            return backlogs.stream().map(DeadlineBacklog::reading).toList();
        }
    }

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listQueues", summary = "For reviewers: each queue of this service with how much waits, how much is overdue and the soonest deadline")
    public List<DeadlineBacklog.Reading> queues() {
        return board.readings();
    }
}
