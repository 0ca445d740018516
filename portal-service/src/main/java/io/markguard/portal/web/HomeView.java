package io.markguard.portal.web;

import io.markguard.portal.client.MerchantRestClient;
import java.util.List;

/**
 * The home page of a signed-in user: their name, their Markguard roles, and how merchant-service saw
 * them when the portal called it with their token ({@code null} when it could not be reached).
 */
public record HomeView(String displayName, List<String> roles, MerchantRestClient.Me merchantView, String subject) {

    public static final HomeView ANONYMOUS = new HomeView(null, List.of(), null, null);
}
