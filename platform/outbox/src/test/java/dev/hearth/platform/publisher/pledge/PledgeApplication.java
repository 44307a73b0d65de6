package dev.hearth.platform.publisher.pledge;

import dev.hearth.platform.publisher.PublicEventTranslator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The smallest publishing service: one aggregate and its translator. */
@SpringBootApplication
public class PledgeApplication {

    @Bean
    PublicEventTranslator pledgeTranslator() {
        return new PledgeTranslator();
    }
}
