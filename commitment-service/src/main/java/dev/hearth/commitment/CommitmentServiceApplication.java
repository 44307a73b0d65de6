package dev.hearth.commitment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * commitment-service: promises and their whole lifecycle, with durable deadlines, published to
 * {@code hearth.commitments.v1}. Axon's db-scheduler auto-configuration is left out: the service
 * builds its deadline manager itself ({@code promise.deadline.DeadlineConfiguration}).
 */
@SpringBootApplication(excludeName = "org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration")
public class CommitmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitmentServiceApplication.class, args);
    }
}
