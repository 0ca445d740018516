package io.markguard.complaint;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives the test class merchants of its own. The classes that share one start of the peer services would otherwise
 * share the demo merchants too, and one class's takedowns would put them on the penalty ladder for the next:
 * {@link Markguard#user} reads the class named here (a system property, the same in every class loader of the run)
 * and answers a merchant created for that class in the test Keycloak.
 */
public class OwnMerchants implements BeforeAllCallback {

    static final String RUNNING_CLASS = "markguard.test.running-class";

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty(RUNNING_CLASS, context.getRequiredTestClass().getSimpleName());
    }
}
