package dev.hearth.platform.axon.view;

import javax.sql.DataSource;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The events a view's processor parked in its dead-letter queue ({@link AxonViewsAutoConfiguration}),
 * which are sequenced by couple.
 */
public final class ParkedEvents {

    private static final DeadLetterSchema SCHEMA = DeadLetterSchema.defaultSchema();
    private static final String DROP_COUPLE = "DELETE FROM " + SCHEMA.deadLetterTable() + " WHERE "
            + SCHEMA.processingGroupColumn() + " = ? AND " + SCHEMA.sequenceIdentifierColumn() + " = ?";

    private final JdbcTemplate jdbc;
    private final String processingGroup;

    public ParkedEvents(DataSource dataSource, String processingGroup) {
        this(new JdbcTemplate(dataSource), processingGroup);
    }

    public ParkedEvents(JdbcTemplate jdbc, String processingGroup) {
        this.jdbc = jdbc;
        this.processingGroup = processingGroup;
    }

    /**
     * Drops an erased couple's parked events: they can never be applied to a couple that is gone, and
     * would hold its erasure back behind them in its sequence. Idempotent.
     */
    public void dropCouple(String coupleId) {
        jdbc.update(DROP_COUPLE, processingGroup, coupleId);
    }
}
