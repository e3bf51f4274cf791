package org.annals.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One event type as an AsyncAPI 3.0 message: the CloudEvents headers {@link EventCodec#toRecord}
 * writes, the record key, and the JSON Schema of the value, inlined as it is in {@code /schemas/}.
 */
final class EventMessage {

    static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";
    static final String KAFKA_BINDING_VERSION = "0.5.0";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventType type;
    private final JsonNode schema;

    EventMessage(EventType type) {
        this.type = type;
        this.schema = schemaOf(type);
    }

    /** The message's id within its channel, e.g. {@code editionRecorded}. */
    String id() {
        return AsyncApiDocument.camelCase(type.name());
    }

    ObjectNode tree() {
        ObjectNode message = NODES.objectNode();
        message.put("name", type.ceType());
        message.put("title", schema.path("title").asText(type.ceType()));
        message.put("summary", schema.path("description").asText(""));
        message.put("contentType", CloudEventHeaders.JSON);
        message.set("headers", headers());
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", schema.deepCopy());
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.set("key", key());
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return message;
    }

    /** What the record key (and {@code ce_subject}) holds: the stream the event belongs to. */
    ObjectNode key() {
        JsonNode documentId = schema.path("properties").path("documentId");
        if (documentId.isObject()) {
            ObjectNode key = resolved(documentId);
            key.put("description", "The documentId: every event of one document is in one partition, in order.");
            return key;
        }
        if (type == EventType.REPLAY_REQUESTED) {
            ObjectNode key = NODES.objectNode();
            key.put("type", "string");
            key.put("const", ReplayRequested.STREAM);
            key.put("description", "The replays' own stream; no documentId starts with '_'.");
            return key;
        }
        // A new event type without documentId must say what it is keyed by; guessing would mislead subscribers.
        throw new IllegalStateException(type.ceType() + " has no documentId: say in EventMessage.key what it is keyed by");
    }

    /** The Kafka headers of the binary content mode; required are those toRecord always writes. */
    private ObjectNode headers() {
        ObjectNode headers = NODES.objectNode();
        headers.put("type", "object");
        ArrayNode required = headers.putArray("required");
        ObjectNode properties = headers.putObject("properties");

        ObjectNode specVersion = header(properties, CloudEventHeaders.SPECVERSION, "CloudEvents spec version.");
        specVersion.put("const", CloudEventHeaders.SPEC_VERSION_VALUE);
        header(properties, CloudEventHeaders.ID, "Unique event id. Derived events repeat it on redelivery and "
                + "replay (name-based UUID of the cause's id and the producer version): deduplicate by it.")
                .put("minLength", 1);
        header(properties, CloudEventHeaders.SOURCE, "The producer, /annals/<service>, e.g. /annals/store-service.")
                .put("pattern", "^/annals/.+$");
        header(properties, CloudEventHeaders.TYPE, "The event type; tells which payload schema applies.")
                .put("const", type.ceType());
        header(properties, CloudEventHeaders.TIME, "When the producer made the event, RFC 3339.")
                .put("format", "date-time");
        ObjectNode subject = key().deepCopy();
        subject.put("description", "Equal to the record key: "
                + (type == EventType.REPLAY_REQUESTED ? ReplayRequested.STREAM : "the documentId") + ".");
        properties.set(CloudEventHeaders.SUBJECT, subject);
        header(properties, CloudEventHeaders.CONTENT_TYPE, "Media type of the value.")
                .put("const", CloudEventHeaders.JSON);
        header(properties, CloudEventHeaders.INGEST_ID, "Extension: the upload the event descends from. "
                + "Absent where there is none.");
        header(properties, CloudEventHeaders.CAUSATION_ID, "Extension: the ce_id of the event that caused this "
                + "one. Absent on an event that starts a chain, such as an upload.");

        for (String name : new String[] {CloudEventHeaders.SPECVERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.CONTENT_TYPE}) {
            required.add(name);
        }
        return headers;
    }

    /**
     * A copy of a property's schema with a local {@code $ref} replaced by what it points at: the
     * key schema stands outside the payload schema, where {@code #/$defs/...} means nothing.
     */
    private ObjectNode resolved(JsonNode property) {
        ObjectNode copy = NODES.objectNode();
        String ref = property.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            JsonNode target = schema.at(ref.substring(1));
            if (!target.isObject()) {
                throw new IllegalStateException(type.schemaResource() + ": " + ref + " points at nothing");
            }
            copy.setAll(resolved(target));
        }
        property.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                copy.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        return copy;
    }

    private static ObjectNode header(ObjectNode properties, String name, String description) {
        ObjectNode header = properties.putObject(name);
        header.put("type", "string");
        header.put("description", description);
        return header;
    }

    private static JsonNode schemaOf(EventType type) {
        try (InputStream in = EventMessage.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + type.schemaResource());
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
