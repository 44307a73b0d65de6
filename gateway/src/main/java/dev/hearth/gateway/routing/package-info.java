/** Which requests leave the gateway: the routes are in application.yml, the exclusions here. */
@NullMarked
package dev.hearth.gateway.routing;

import org.jspecify.annotations.NullMarked;
