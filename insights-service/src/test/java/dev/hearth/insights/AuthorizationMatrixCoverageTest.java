package dev.hearth.insights;

import dev.hearth.platform.test.authorization.AuthorizationMatrix;
import dev.hearth.platform.test.authorization.RequestMappings;
import org.junit.jupiter.api.Test;

/** A new endpoint of insights-service without a row in the authorization matrix fails the build. */
class AuthorizationMatrixCoverageTest {

    @Test
    void every_request_mapping_has_a_row_in_the_authorization_matrix() {
        AuthorizationMatrix.assertCovers(AuthorizationMatrix.INSIGHTS, RequestMappings.in("dev.hearth.insights"));
    }
}
