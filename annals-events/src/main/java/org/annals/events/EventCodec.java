package org.annals.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Turns envelopes into Kafka records and back (CloudEvents binary mode), validating every
 * {@code data} against its JSON Schema in both directions, so nothing invalid is sent and
 * anything invalid received is rejected with a message naming what is wrong.
 */
public final class EventCodec {

    private final ObjectMapper mapper;
    private final ObjectMapper canonicalMapper;
    private final EventSchemas schemas;

    public EventCodec() {
        this.mapper = newMapper();
        this.canonicalMapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
        this.schemas = new EventSchemas();
    }

    /** The mapper events are written with: ISO-8601 times, unknown fields tolerated (contracts only grow). */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The JSON value of an event's data, validated against its schema. */
    public byte[] serialize(EventData data) {
        JsonNode tree = mapper.valueToTree(data);
        schemas.validate(data.type(), tree);
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + data.type().ceType(), e);
        }
    }

    /**
     * The same data with keys sorted: stable bytes for hashing (the event store's hash chain),
     * independent of field order in the record.
     */
    public byte[] canonicalBytes(EventData data) {
        try {
            JsonNode tree = mapper.valueToTree(data);
            Object sorted = canonicalMapper.treeToValue(tree, Object.class);
            return canonicalMapper.writeValueAsBytes(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + data.type().ceType(), e);
        }
    }

    public <T extends EventData> T deserialize(EventType type, byte[] json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Value of a " + type.ceType() + " event is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidEventException("Value of a " + type.ceType() + " event cannot be read", e);
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidEventException("Value of a " + type.ceType() + " event is not a JSON object");
        }
        schemas.validate(type, tree);
        try {
            @SuppressWarnings("unchecked")
            T data = (T) mapper.treeToValue(tree, type.dataClass());
            return data;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Cannot read " + type.ceType() + ": " + e.getOriginalMessage(), e);
        }
    }

    public ProducerRecord<String, byte[]> toRecord(TopicNames topics, Envelope<?> event) {
        return toRecord(topics.name(event.type().topic()), event);
    }

    public ProducerRecord<String, byte[]> toRecord(String topic, Envelope<?> event) {
        Headers headers = new RecordHeaders();
        put(headers, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        put(headers, CloudEventHeaders.ID, event.id());
        put(headers, CloudEventHeaders.SOURCE, event.source());
        put(headers, CloudEventHeaders.TYPE, event.type().ceType());
        put(headers, CloudEventHeaders.TIME, event.time().toString());
        put(headers, CloudEventHeaders.SUBJECT, event.subject());
        put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (event.ingestId() != null) {
            put(headers, CloudEventHeaders.INGEST_ID, event.ingestId());
        }
        if (event.causationId() != null) {
            put(headers, CloudEventHeaders.CAUSATION_ID, event.causationId());
        }
        return new ProducerRecord<>(topic, null, event.subject(), serialize(event.data()), headers);
    }

    /** Reads a record back into an envelope; throws {@link InvalidEventException} for anything malformed. */
    public Envelope<EventData> fromRecord(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String specVersion = required(headers, CloudEventHeaders.SPECVERSION);
        if (!CloudEventHeaders.SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new InvalidEventException("Unsupported CloudEvents spec version " + specVersion);
        }
        String ceType = required(headers, CloudEventHeaders.TYPE);
        EventType type = EventType.fromCeType(ceType)
                .orElseThrow(() -> new InvalidEventException("Unknown event type " + ceType));
        String id = required(headers, CloudEventHeaders.ID);
        String source = required(headers, CloudEventHeaders.SOURCE);
        Instant time;
        try {
            time = Instant.parse(required(headers, CloudEventHeaders.TIME));
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("Header " + CloudEventHeaders.TIME + " is not an RFC 3339 time", e);
        }
        if (record.value() == null) {
            throw new InvalidEventException("Record has no value");
        }
        EventData data = deserialize(type, record.value());
        String subject = optional(headers, CloudEventHeaders.SUBJECT);
        if (subject != null && !subject.equals(data.documentId())) {
            throw new InvalidEventException("Header " + CloudEventHeaders.SUBJECT + " '" + subject
                    + "' differs from data.documentId '" + data.documentId() + "'");
        }
        return new Envelope<>(id, source, time, optional(headers, CloudEventHeaders.INGEST_ID),
                optional(headers, CloudEventHeaders.CAUSATION_ID), data);
    }

    private static void put(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String key) {
        String value = optional(headers, key);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("Missing CloudEvents header " + key);
        }
        return value;
    }

    private static String optional(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
