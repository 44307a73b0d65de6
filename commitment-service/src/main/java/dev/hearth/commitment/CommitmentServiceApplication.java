package dev.hearth.commitment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** commitment-service: promises made, kept and broken, published to {@code hearth.commitments.v1}. */
@SpringBootApplication
public class CommitmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitmentServiceApplication.class, args);
    }
}
