/**
 * The four services as processes: their jars, the environment that points them at the local
 * infrastructure, and their readiness.
 */
@NullMarked
package dev.hearth.launcher.service;

import org.jspecify.annotations.NullMarked;
