package io.markguard.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Invitations to join a brand: how long a link lasts, the key that signs it and where it points. */
@ConfigMapping(prefix = "markguard.invitations")
public interface InvitationRules {

    @WithDefault("P7D")
    Duration linkTtl();

    /** Keys the HMAC over invitation id and expiry that makes a link; changing it voids every open link. */
    String linkKey();

    /** The portal's public address, which the mailed link starts with. */
    URI portalUrl();

    @WithDefault("brands@markguard.test")
    String mailFrom();
}
