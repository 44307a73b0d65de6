package dev.hearth.platform.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The files a {@link KafkaBrokerProcess} starts from, written on every start. */
final class KafkaBrokerFiles {

    private KafkaBrokerFiles() {
    }

    /** {@code server.properties}: KRaft combined mode, one node, topics only as created. */
    static Path serverProperties(Path directory, Path dataDirectory, int brokerPort, int controllerPort,
                                 Map<String, String> extra) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("log.dirs", dataDirectory.toString());
        // Topics come from the platform's table only; a typo must fail, not create a topic.
        settings.put("auto.create.topics.enable", "false");
        // A single node: internal topics cannot be replicated, and nobody else will join a group.
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.putAll(extra);
        Properties properties = new Properties();
        properties.putAll(settings);
        Path file = directory.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "Written by KafkaBrokerProcess on every start");
        }
        return file;
    }

    /** {@code logback.xml}: without it logback would log the broker at DEBUG (its default) into the log file. */
    static Path logback(Path directory) throws IOException {
        Path file = directory.resolve("logback.xml");
        Files.writeString(file, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="state.change.logger" level="WARN"/>
                  <logger name="kafka.request.logger" level="WARN"/>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """, StandardCharsets.UTF_8);
        return file;
    }
}
