#!/usr/bin/env bash
# Creates Hearth's Kafka topics: docker-compose's one-shot topics-init service runs it with the
# broker image's own kafka-topics.sh. Topics that exist already are left as they are.
#
# The table is dev.hearth.contracts.Topic (name, partitions) followed by the dead-letter topics
# of the consuming services (hearth.consumer.* in their application.yml). deployment's
# TopicScriptTest fails when it differs from them: change the contracts first, then this table.
set -euo pipefail

bootstrap="${HEARTH_KAFKA_BOOTSTRAP:-kafka:9092}"
# One broker here; a production cluster uses 3 and min.insync.replicas 2 (see the README).
replication="${HEARTH_KAFKA_REPLICATION_FACTOR:-1}"
min_insync="${HEARTH_KAFKA_MIN_INSYNC_REPLICAS:-1}"
kafka_topics="${KAFKA_HOME:-/opt/kafka}/bin/kafka-topics.sh"

# name partitions
topics=(
  "hearth.couples.v1 12"
  "hearth.journal.v1 12"
  "hearth.commitments.v1 12"
  # Dead letters of each view: <topic>.<view>-v<version>-dlt (the services also create their own at start).
  "hearth.couples.v1.commitment-memberships-v1-dlt 12"
  "hearth.couples.v1.insights-couples-v1-dlt 12"
  "hearth.commitments.v1.insights-trust-v1-dlt 12"
  "hearth.commitments.v1.insights-commitment-weeks-v1-dlt 12"
  "hearth.journal.v1.insights-journal-weeks-v1-dlt 12"
  "hearth.journal.v1.insights-journal-state-v1-dlt 12"
)

for topic in "${topics[@]}"; do
  read -r name partitions <<< "$topic"
  # Events are kept for ever: read models are rebuilt from them.
  "$kafka_topics" --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor "$replication" \
    --config retention.ms=-1 --config min.insync.replicas="$min_insync"
done

"$kafka_topics" --bootstrap-server "$bootstrap" --describe --topics-with-overrides
