package io.markguard.complaint.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a webhook may go outside local runs: public HTTPS addresses only. */
class WebhookTargetsTest {

    @Test
    void addressesOfThisMachineAndOfPrivateNetworksAreRefusedOutsideLocalRuns() {
        for (String url : List.of("https://127.0.0.1/hooks", "https://localhost/hooks", "https://10.0.0.5/hooks",
                "https://172.16.4.4/hooks", "https://192.168.1.10/hooks", "https://169.254.169.254/latest/meta-data",
                "https://100.64.0.1/hooks", "https://0.0.0.0/hooks", "https://[::1]/hooks", "https://[fd00::1]/hooks",
                "https://[fe80::1]/hooks", "https://[::ffff:127.0.0.1]/hooks", "https://224.0.0.1/hooks")) {
            Optional<String> why = WebhookTargets.refusal(url, false);
            assertTrue(why.isPresent() && why.get().contains("internal address"), url + " → " + why);
        }
    }

    @Test
    void onlyHttpsWithoutCredentialsIsATargetAndLocalRunsMayUseThisMachine() {
        assertEquals(Optional.of("must be an https:// address"), WebhookTargets.refusal("http://93.184.216.34/hooks", false));
        assertEquals(Optional.of("must be an https:// address"), WebhookTargets.refusal("ftp://93.184.216.34/hooks", true));
        assertTrue(WebhookTargets.refusal("https://user:pw@93.184.216.34/hooks", false).orElseThrow().contains("user name"));
        assertEquals(Optional.of("is not a URL"), WebhookTargets.refusal("https://exa mple.com/", false));
        assertEquals(Optional.empty(), WebhookTargets.refusal("https://93.184.216.34/hooks", false));
        assertEquals(Optional.empty(), WebhookTargets.refusal("https://[2606:2800:220:1::]/hooks", false));
        assertEquals(Optional.empty(), WebhookTargets.refusal("http://127.0.0.1:8299/hooks", true));
    }
}
