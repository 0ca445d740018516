package io.markguard.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The line of a decision's page that names its entry in the deciding service's public log, in English;
 * {@code messages/dlog_zh_CN.properties} has the Simplified Chinese.
 */
@MessageBundle(value = "dlog", locale = "en")
public interface DecisionLogMessages {

    @Message("Decision log entry #{index}")
    String entry(long index);

    @Message("inclusion proof")
    String proof();

    @Message("Not yet in the public decision log: it is added within seconds.")
    String pending();

    @Message("The public decision log cannot be reached just now.")
    String unavailable();
}
