package dev.hearth.insights.couple;

import java.time.ZoneId;
import java.util.Optional;

/** Where a couple lives, once insights knows it: its timezone from its start, or empty before that (or once erased). */
@FunctionalInterface
public interface CoupleZones {

    Optional<ZoneId> zoneOf(String coupleId);
}
