package io.markguard.merchant;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The bearer-token contract, against the packaged jar or the native executable. */
@QuarkusIntegrationTest
class MerchantSecurityIT extends MerchantSecurityTest {
}
