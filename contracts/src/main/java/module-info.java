/**
 * Hearth's public contract: the events that travel between services, their CloudEvents envelope,
 * their JSON and the topics. A named module so that {@code PublicEvent} can be sealed across its
 * context packages (the jar leaves the descriptor out: see pom.xml); it reads nothing of Hearth,
 * only Jackson 2 and JSpecify.
 */
module dev.hearth.contracts {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires transitive org.jspecify;

    exports dev.hearth.contracts;
    exports dev.hearth.contracts.couple;
    exports dev.hearth.contracts.commitment;
    exports dev.hearth.contracts.journal;

    // Jackson reads and writes the event records reflectively.
    opens dev.hearth.contracts.couple to com.fasterxml.jackson.databind;
    opens dev.hearth.contracts.commitment to com.fasterxml.jackson.databind;
    opens dev.hearth.contracts.journal to com.fasterxml.jackson.databind;
}
