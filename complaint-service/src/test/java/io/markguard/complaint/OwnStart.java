package io.markguard.complaint;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Nothing to start: a test class that declares one of these beside {@link PeerServices} has a start of the service
 * and the peers (and so emptied databases) of its own, away from the classes that share one. For a class whose data
 * or whose moved clock would change what the others see: ten thousand pending items, or a clock moved a day ahead
 * that makes every pending item of every other class due for a reviewer's reminder mail.
 */
public abstract class OwnStart implements QuarkusTestResourceLifecycleManager {

    /** BulkUploadTest's: ten thousand pending items. */
    public static class ForBulkUploads extends OwnStart {
    }

    /** ComplaintNotificationsTest's: it moves the clock to the reminders' hour and sends every reminder due. */
    public static class ForReminders extends OwnStart {
    }

    @Override
    public Map<String, String> start() {
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
