package io.markguard.merchant;

import io.markguard.testsupport.BearerSecurityContract;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MerchantSecurityTest extends BearerSecurityContract {

    @Override
    protected String gatedPath() {
        return "/api/merchants/me";
    }

    @Override
    protected String tokenWithRole() {
        return TestKeycloak.userToken("merchant-a");
    }

    @Override
    protected String tokenWithoutRole() {
        return TestKeycloak.userToken("brand-owner");
    }
}
