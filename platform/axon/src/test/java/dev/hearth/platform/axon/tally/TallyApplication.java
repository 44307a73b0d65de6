package dev.hearth.platform.axon.tally;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service that uses platform-axon: one aggregate, nothing else. */
@SpringBootApplication
public class TallyApplication {
}
