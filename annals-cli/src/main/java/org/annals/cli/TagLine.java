package org.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** One tag as a line: {@code PERSON  391-409  Kollontai  → Alexandra Kollontai}. */
final class TagLine {

    private TagLine() {
    }

    static String of(JsonNode tag) {
        StringBuilder line = new StringBuilder()
                .append(String.format("%-8s  %s-%s  %s", tag.path("type").asText(), tag.path("start").asText(),
                        tag.path("end").asText(), oneLine(tag.path("text").asText(""))));
        if (tag.hasNonNull("value")) {
            line.append("  → ").append(tag.get("value").asText());
        } else if (tag.path("citation").isObject()) {
            line.append("  → ").append(Json.line(tag.get("citation")));
        }
        return line.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
