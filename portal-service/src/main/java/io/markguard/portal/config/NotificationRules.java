package io.markguard.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Notifications: who mail comes from and how many staff one notification to a role reaches at most. */
@ConfigMapping(prefix = "markguard.notifications")
public interface NotificationRules {

    @WithDefault("notifications@markguard.test")
    String mailFrom();

    /** A notification to a realm role reaches at most this many of its holders (those who signed in first). */
    @WithDefault("200")
    int maxStaffRecipients();
}
