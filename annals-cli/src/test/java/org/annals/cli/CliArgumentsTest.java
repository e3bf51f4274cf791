package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.annals.events.TopicNames;
import org.junit.jupiter.api.Test;

/** How the CLI reads times and topic names as people type them. */
class CliArgumentsTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aTimeIsAnInstantOrASpanAgo() {
        assertThat(PointInTime.parse("2024-04-30T08:15:00Z", NOON)).isEqualTo(Instant.parse("2024-04-30T08:15:00Z"));
        assertThat(PointInTime.parse("2024-04-30T10:15:00+02:00", NOON)).isEqualTo(Instant.parse("2024-04-30T08:15:00Z"));
        assertThat(PointInTime.parse("2h", NOON)).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(PointInTime.parse("30m", NOON)).isEqualTo(Instant.parse("2024-05-01T11:30:00Z"));
        assertThat(PointInTime.parse("1d", NOON)).isEqualTo(Instant.parse("2024-04-30T12:00:00Z"));
        assertThat(PointInTime.span("PT90S")).isEqualTo(Duration.ofSeconds(90));
        assertThat(PointInTime.span("500ms")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void somethingElseIsRefusedWithTheFormsThatWork() {
        assertThatThrownBy(() -> PointInTime.parse("yesterday", NOON))
                .hasMessageContaining("'yesterday' is neither a time").hasMessageContaining("2h");
    }

    @Test
    void shortAndContractTopicNamesGetThePrefix() {
        TopicNames names = new TopicNames("t1.");

        assertThat(TopicArgument.resolve("editions", names)).isEqualTo("t1.annals.editions");
        assertThat(TopicArgument.resolve("annals.sources", names)).isEqualTo("t1.annals.sources");
        assertThat(TopicArgument.resolve("someone.elses.topic", names)).isEqualTo("someone.elses.topic");
        assertThat(TopicArgument.resolve("editions", TopicNames.DEFAULT)).isEqualTo("annals.editions");
    }

    @Test
    void aTagIsOneLine() {
        var tag = Json.parse("""
                {"type":"PERSON","start":10,"end":28,"text":"Alexandra\\nKollontai","value":"Alexandra Kollontai"}"""
                .getBytes()).orElseThrow();

        assertThat(TagLine.of(tag)).isEqualTo("PERSON    10-28  Alexandra Kollontai  → Alexandra Kollontai");
    }
}
