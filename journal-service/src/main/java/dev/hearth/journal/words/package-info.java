/** What partners write, whatever the aggregate: the limits of texts and the moods they may give. Plain Java. */
@NullMarked
package dev.hearth.journal.words;

import org.jspecify.annotations.NullMarked;
