package io.markguard.portal;

import io.markguard.testsupport.BearerSecurityContract;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PortalSecurityTest extends BearerSecurityContract {

    @Override
    protected String gatedPath() {
        return "/api/admin/suite";
    }

    @Override
    protected String tokenWithRole() {
        return TestKeycloak.userToken("admin");
    }

    @Override
    protected String tokenWithoutRole() {
        return TestKeycloak.userToken("brand-owner");
    }
}
