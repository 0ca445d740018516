package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The sign-in security page's strings, in English; Chinese in {@code messages/sec_zh_CN.properties}. */
@MessageBundle(value = "sec", locale = "en")
public interface SecurityMessages {

    @Message("Security")
    String nav();

    @Message("Sign-in security")
    String heading();

    @Message("Second factor")
    String second_factor_heading();

    @Message("With a second factor, each sign-in asks after your password for a one-time code from an authenticator app on your phone.")
    String intro();

    @Message("Set up a second factor (authenticator app)")
    String set_up();

    @Message("Manage how you sign in (password, authenticator apps) in the account console")
    String account_console();

    @Message("Your authenticator app is set up. From your next sign-in you will be asked for a one-time code.")
    String set_up_done();

    @Message("No second factor was set up. You can start again at any time.")
    String set_up_cancelled();
}
