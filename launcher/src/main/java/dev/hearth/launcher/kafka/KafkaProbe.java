package dev.hearth.launcher.kafka;

import dev.hearth.platform.local.BrokerAdmin;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** Short Admin calls against the local broker; every answer is bounded, none throws for "down". */
public final class KafkaProbe implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;

    public KafkaProbe(String bootstrapServers) {
        this.admin = BrokerAdmin.client(bootstrapServers, "hearth-launcher", CALL_TIMEOUT);
    }

    /** True when the broker answers a {@code describeCluster} with at least one node. */
    public boolean brokerAnswers() {
        try {
            return !admin.describeCluster().nodes().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The topic names, or an empty set when the broker does not answer. */
    public Set<String> topics() {
        try {
            return admin.listTopics().names().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    /** What the broker knows of a consumer group right now. */
    public GroupView consumerGroup(String groupId) {
        try {
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(List.of(groupId)).all()
                    .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            ConsumerGroupDescription group = described.get(groupId);
            if (group == null) {
                return GroupView.absent(groupId);
            }
            int partitions = group.members().stream()
                    .map(MemberDescription::assignment)
                    .mapToInt(assignment -> assignment.topicPartitions().size())
                    .sum();
            return new GroupView(groupId, group.groupState(), group.members().size(), partitions);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return GroupView.absent(groupId);
            }
            return GroupView.unknown(groupId);
        } catch (TimeoutException e) {
            return GroupView.unknown(groupId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GroupView.unknown(groupId);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }

    /**
     * A consumer group's state as {@code up} judges it: it exists once a member joined; it is
     * assigned when it is stable and its members hold partitions.
     */
    public record GroupView(String groupId, GroupState state, int members, int assignedPartitions) {

        static GroupView absent(String groupId) {
            return new GroupView(groupId, GroupState.DEAD, 0, 0);
        }

        static GroupView unknown(String groupId) {
            return new GroupView(groupId, GroupState.UNKNOWN, 0, 0);
        }

        /** Never joined (or long gone): a dead or empty group with no members. */
        public boolean exists() {
            return !(members == 0 && (state == GroupState.DEAD || state == GroupState.UNKNOWN));
        }

        public boolean assigned() {
            return state == GroupState.STABLE && members > 0 && assignedPartitions > 0;
        }

        @Override
        public String toString() {
            return "group " + groupId + ": " + state + ", " + members + " member(s), " + assignedPartitions
                    + " partition(s) assigned";
        }
    }
}
