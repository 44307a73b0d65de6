package dev.hearth.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class AxonProblemTranslatorTest {

    private final AxonProblemTranslator translator = new AxonProblemTranslator();

    @Test
    void a_lost_optimistic_lock_race_is_a_concurrent_change() {
        assertThat(translator.translate(new ConcurrencyException("sequence 3 taken")))
                .hasValueSatisfying(rejection -> {
                    assertThat(rejection.type()).isEqualTo(ProblemType.CONCURRENT_CHANGE);
                    assertThat(rejection.detail()).doesNotContain("sequence");
                });
    }

    @Test
    void a_lost_race_to_create_an_aggregate_is_a_concurrent_change_too() {
        var wrapped = new CommandExecutionException("failed", new AggregateStreamCreationException("exists"));

        assertThat(translator.translate(wrapped)).map(Rejection::type).hasValue(ProblemType.CONCURRENT_CHANGE);
    }

    @Test
    void a_concurrency_exception_wrapped_by_axon_is_found_among_the_causes() {
        var wrapped = new CommandExecutionException("failed", new ConcurrencyException("sequence 3 taken"));

        assertThat(translator.translate(wrapped)).map(Rejection::type).hasValue(ProblemType.CONCURRENT_CHANGE);
    }

    @Test
    void a_rejection_carried_as_command_details_is_unwrapped() {
        var rejection = new Rejection(ProblemType.PROMISE_CLOSED, "already kept");

        assertThat(translator.translate(new CommandExecutionException("failed", null, rejection)))
                .containsSame(rejection);
    }

    @Test
    void a_rejection_carried_as_cause_is_unwrapped() {
        var rejection = new Rejection(ProblemType.COUPLE_FULL, "two already");

        assertThat(translator.translate(new CommandExecutionException("failed", rejection))).containsSame(rejection);
    }

    @Test
    void anything_else_is_not_axons_to_translate() {
        assertThat(translator.translate(new EventStoreException("disk on fire"))).isEmpty();
        assertThat(translator.translate(new IllegalStateException("bug"))).isEmpty();
    }
}
