package dev.hearth.journal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** journal-service: couples now, the journal, conflicts and check-ins later. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JournalApplication {

    public static void main(String[] args) {
        SpringApplication.run(JournalApplication.class, args);
    }
}
