/** Read models fed by the service's own Axon processors, at constant cost: batches, one writer per couple, dead letters. */
@NullMarked
package dev.hearth.platform.axon.view;

import org.jspecify.annotations.NullMarked;
