package io.markguard.portal;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The bearer-token contract of the portal's /api, against the packaged jar or the native executable. */
@QuarkusIntegrationTest
class PortalSecurityIT extends PortalSecurityTest {
}
