package io.markguard.portal.web;

import io.markguard.portal.client.MerchantRestClient;
import io.markguard.portal.service.SuiteStatus;
import java.util.List;

/**
 * The home page of a signed-in user: a dashboard for each of their Markguard roles. {@code standing} is the merchant's
 * standing ({@code standingUnavailable} names merchant-service when it could not be read); {@code peers} and
 * {@code outboxes} are what an administrator sees of the services (empty for anyone else).
 */
public record HomeView(String displayName, String subject, List<String> roles, MerchantRestClient.Standing standing,
        String standingUnavailable, List<SuiteStatus.Peer> peers, List<OperatorPages.OutboxRow> outboxes) {

    public static final HomeView ANONYMOUS = new HomeView(null, null, List.of(), null, null, List.of(), List.of());

    public boolean has(String role) {
        return roles.contains(role);
    }
}
