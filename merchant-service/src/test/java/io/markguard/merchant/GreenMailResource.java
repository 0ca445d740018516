package io.markguard.merchant;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server on port 3282 for the test run; tests read what it received. */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;

    public static GreenMail greenMail() {
        return greenMail;
    }

    /** Takes the mail server down, as an outage would. */
    public static void outage() {
        greenMail.stop();
    }

    /** Brings a fresh mail server up on the same port. */
    public static void recover() {
        greenMail = new GreenMail(new ServerSetup(3282, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @Override
    public Map<String, String> start() {
        recover();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", "3282");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
