package org.annals.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One Kafka record as one JSON line: {@code {topic, partition, offset, timestamp, key, headers,
 * data}}, with the value parsed as JSON when it is JSON (event values are), else kept as text.
 */
final class RecordLine {

    private RecordLine() {
    }

    static String of(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode line = Json.object();
        line.put("topic", record.topic());
        line.put("partition", record.partition());
        line.put("offset", record.offset());
        line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        line.put("key", record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8));
        ObjectNode headers = line.putObject("headers");
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        byte[] value = record.value();
        line.set("data", value == null ? JsonNodeFactory.instance.nullNode()
                : Json.parse(value).orElseGet(() -> JsonNodeFactory.instance.textNode(new String(value, StandardCharsets.UTF_8))));
        return Json.line(line);
    }
}
