package dev.hearth.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearth.platform.problem.AggregateCommand;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Duration;
import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;

class CommandsTest {

    record CountOne(String tallyId) implements AggregateCommand {

        @Override
        public Rejection aggregateNotFound() {
            return new Rejection(ProblemType.NOT_FOUND, "No tally " + tallyId);
        }
    }

    record Untargeted(String tallyId) {
    }

    @Test
    void a_command_to_an_aggregate_that_was_never_created_answers_the_rejection_it_names() {
        Commands commands = commands(handlerThrowing(new AggregateNotFoundException("t1", "no events for t1")),
                Duration.ofSeconds(5));

        Rejection rejection = catchThrowableOfType(Rejection.class, () -> commands.send(new CountOne("t1")));

        assertThat(rejection.type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(rejection.detail()).isEqualTo("No tally t1");
    }

    @Test
    void a_rejection_of_the_aggregate_passes_through_unchanged() {
        Rejection closed = new Rejection(ProblemType.PROMISE_CLOSED, "the tally is closed");
        Commands commands = commands(handlerThrowing(closed), Duration.ofSeconds(5));

        assertThat(catchThrowableOfType(Rejection.class, () -> commands.send(new CountOne("t1")))).isSameAs(closed);
    }

    @Test
    void a_command_that_names_no_rejection_keeps_axons_exception() {
        Commands commands = commands(handlerThrowing(new AggregateNotFoundException("t1", "no events for t1")),
                Duration.ofSeconds(5));

        assertThat(catchThrowableOfType(AggregateNotFoundException.class, () -> commands.send(new Untargeted("t1"))))
                .isNotNull();
    }

    @Test
    void the_result_of_the_handler_is_returned() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(CountOne.class.getName(), message -> 42);

        Integer result = new Commands(DefaultCommandGateway.builder().commandBus(bus).build(), Duration.ofSeconds(5))
                .send(new CountOne("t1"));

        assertThat(result).isEqualTo(42);
    }

    @Test
    void a_command_that_does_not_finish_in_time_is_a_service_unavailable_to_retry() {
        AsynchronousCommandBus bus = AsynchronousCommandBus.builder().build();
        bus.subscribe(CountOne.class.getName(), message -> {
            Thread.sleep(2_000);
            return null;
        });
        Commands commands = new Commands(DefaultCommandGateway.builder().commandBus(bus).build(), Duration.ofMillis(50));

        try {
            Rejection rejection = catchThrowableOfType(Rejection.class, () -> commands.send(new CountOne("t1")));

            assertThat(rejection.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        } finally {
            bus.shutdown();
        }
    }

    private static Commands commands(CommandBus bus, Duration timeout) {
        return new Commands(DefaultCommandGateway.builder().commandBus(bus).build(), timeout);
    }

    private static CommandBus handlerThrowing(RuntimeException failure) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(CountOne.class.getName(), message -> {
            throw failure;
        });
        bus.subscribe(Untargeted.class.getName(), message -> {
            throw failure;
        });
        return bus;
    }
}
