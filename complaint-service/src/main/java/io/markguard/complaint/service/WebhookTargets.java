package io.markguard.complaint.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to. Outside local runs and tests: HTTPS only, and never a host that is or
 * resolves to an address of this machine or a private network, so that a subscription cannot make the service call
 * the cluster's own endpoints. Checked when a subscription is made and again before each attempt (a name may resolve
 * elsewhere later); redirects are never followed.
 */
public final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why {@code url} is no target (a sentence for the field {@code url}); empty when it is one. */
    public static Optional<String> refusal(String url, boolean localTargets) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(localTargets && scheme.equals("http"))) {
            return Optional.of("must be an https:// address");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("names no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password; the signature authenticates each delivery");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment (#…)");
        }
        if (localTargets) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return Optional.of("resolves to an internal address (" + address.getHostAddress()
                        + "); webhooks go to public addresses only");
            }
        }
        return Optional.empty();
    }

    /** Loopback, unspecified, link-local, private (RFC 1918, unique-local fc00::/7), carrier-grade NAT, multicast. */
    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || first >= 240;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            if (mappedV4) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return true;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
