package org.annals.store.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an operator asked to replay, checked field by field so a mistake is answered with a
 * sentence naming it rather than a replay of the wrong thing.
 *
 * @param scope the fields that say what the replay covers, as given (recorded with the replay)
 */
public record ReplayRequest(Mode mode, Map<String, String> scope, String requestedBy) {

    public enum Mode {
        PROJECTIONS, ENRICHMENT, REPUBLISH;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A request that cannot be carried out as given; the message says why. */
    public static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final Map<Mode, Set<String>> FIELDS = Map.of(
            Mode.PROJECTIONS, Set.of(),
            Mode.ENRICHMENT, Set.of("documentId", "collection"),
            Mode.REPUBLISH, Set.of("topic", "from", "to", "target"));

    /** @param requestedBy the authenticated subject: who asked is never the client's to say */
    public static ReplayRequest parse(JsonNode body, String requestedBy) {
        if (body == null || !body.isObject()) {
            throw new Invalid("The request body must be a JSON object such as {\"mode\": \"projections\"}.");
        }
        String modeName = text(body, "mode");
        if (modeName == null) {
            throw new Invalid("Say which replay to run: \"mode\" is one of projections, enrichment, republish.");
        }
        Mode mode;
        try {
            mode = Mode.valueOf(modeName.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("Unknown replay mode '" + modeName + "': use projections, enrichment or republish.");
        }
        Map<String, String> scope = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("mode")) {
                continue;
            }
            if (name.equals("requestedBy")) {
                throw new Invalid("requestedBy is taken from your access token ('" + requestedBy
                        + "'); leave the field out.");
            }
            if (!FIELDS.get(mode).contains(name)) {
                unknown.add(name);
                continue;
            }
            String value = text(body, name);
            if (value != null && !value.isBlank()) {
                scope.put(name, value.trim());
            }
        }
        if (!unknown.isEmpty()) {
            throw new Invalid("A " + mode.label() + " replay does not take " + String.join(", ", unknown)
                    + (FIELDS.get(mode).isEmpty() ? "." : "; it takes " + String.join(", ", FIELDS.get(mode).stream().sorted().toList()) + "."));
        }
        check(mode, scope);
        return new ReplayRequest(mode, scope, requestedBy);
    }

    private static void check(Mode mode, Map<String, String> scope) {
        if (mode == Mode.ENRICHMENT && scope.containsKey("documentId") && scope.containsKey("collection")) {
            throw new Invalid("Give documentId or collection, not both (neither re-enriches everything).");
        }
        if (mode == Mode.REPUBLISH) {
            if (!scope.containsKey("topic")) {
                throw new Invalid("Say which topic to re-publish: \"topic\", e.g. annals.editions.");
            }
            for (String field : List.of("topic", "target")) {
                if (scope.containsKey(field) && !TOPIC.matcher(scope.get(field)).matches()) {
                    throw new Invalid(field + " '" + scope.get(field)
                            + "' is not a Kafka topic name (letters, digits, '.', '_', '-').");
                }
            }
            Instant from = instant(scope, "from");
            Instant to = instant(scope, "to");
            if (from != null && to != null && !from.isBefore(to)) {
                throw new Invalid("from " + from + " is not before to " + to + ".");
            }
        }
    }

    public String get(String field) {
        return scope.get(field);
    }

    public Instant instant(String field) {
        return instant(scope, field);
    }

    private static Instant instant(Map<String, String> scope, String field) {
        String value = scope.get(field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Invalid(field + " must be an RFC 3339 time such as 2026-11-30T08:00:00Z, not '" + value + "'.");
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Invalid(field + " must be a string.");
        }
        return value.asText();
    }
}
