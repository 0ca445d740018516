package io.markguard.complaint;

import io.markguard.testsupport.BearerSecurityContract;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ComplaintSecurityTest extends BearerSecurityContract {

    @Override
    protected String gatedPath() {
        return "/api/admin/connectivity";
    }

    @Override
    protected String tokenWithRole() {
        return TestKeycloak.userToken("admin");
    }

    @Override
    protected String tokenWithoutRole() {
        return TestKeycloak.userToken("reviewer");
    }
}
