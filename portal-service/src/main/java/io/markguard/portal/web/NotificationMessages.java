package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The inbox and notification preference pages' strings, in English; {@code messages/nm_zh_CN.properties} has the
 * Simplified Chinese. The notifications themselves are in {@code notifications/notifications*.properties}.
 */
@MessageBundle(value = "nm", locale = "en")
public interface NotificationMessages {

    @Message("Inbox")
    String nav_inbox();

    @Message("{count} unread")
    String nav_unread(int count);

    @Message("Inbox")
    String inbox_heading();

    @Message("Everything that concerns you, newest first. Unread notifications are marked; each one opens the page it is about.")
    String inbox_intro();

    @Message("Nothing has been sent to you yet.")
    String inbox_none();

    @Message("Unread")
    String inbox_unread();

    @Message("Read")
    String inbox_read();

    @Message("Mark read")
    String inbox_mark_read();

    @Message("Open")
    String inbox_open();

    @Message("When")
    String inbox_when();

    @Message("Notification")
    String inbox_what();

    @Message("Marked read.")
    String inbox_marked();

    @Message("Choose which notifications are mailed to you")
    String inbox_preferences_link();

    @Message("Notification mail")
    String prefs_heading();

    @Message("Every notification reaches your inbox. Choose which of the optional kinds are also mailed to you.")
    String prefs_intro();

    @Message("Mailed to you")
    String prefs_optional();

    @Message("Always mailed")
    String prefs_mandatory();

    @Message("Measures on your account and their statements of reasons, decisions on what you reported or appealed, and appeals against your notices are always mailed, so that you learn of them in time to act.")
    String prefs_mandatory_intro();

    @Message("Save")
    String prefs_save();

    @Message("Your choice is saved.")
    String prefs_saved();

    @Message("Back to the inbox")
    String prefs_back();
}
