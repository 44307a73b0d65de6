/**
 * The OWASP API Security Top 10 (2023) suite: one class per risk that applies to Hearth, each
 * attacking every operation of the committed API documents ({@code docs/openapi/*.json}) through
 * the gateway (and, where the risk is one, a service's own port) of the one platform of the run, on
 * fixtures formed once per run ({@link dev.hearth.systemtest.owasp.OwaspFixtures}). A new endpoint
 * is attacked as soon as its document is committed; the matrix test in platform/test fails until
 * it has a row in the authorization matrix.
 */
@NullMarked
package dev.hearth.systemtest.owasp;

import org.jspecify.annotations.NullMarked;
