package org.pilab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeValueTest {

    @Test
    void shouldReadMillisecondsWhenNoUnitIsGiven() {
        assertThat(TimeValue.parseMillis("5000").duration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void shouldReadEveryUnitWhenOneIsGiven() {
        assertThat(TimeValue.parseMillis("250us").duration()).isEqualTo(Duration.ofMillis(1)); // rounded up
        assertThat(TimeValue.parseMillis("20ms").duration()).isEqualTo(Duration.ofMillis(20));
        assertThat(TimeValue.parseMillis("5s").duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(TimeValue.parseMillis("2m").duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(TimeValue.parseMillis("1h").duration()).isEqualTo(Duration.ofHours(1));
        assertThat(TimeValue.parseMillis("1d").duration()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void shouldReadSecondsWhenTheKeywordCountsInSeconds() {
        // stats refresh (reference §6.1)
        assertThat(TimeValue.parseSeconds("10").duration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void shouldPointAtTheBadCharacterWhenTheValueIsWrong() {
        assertThat(TimeValue.parseMillis("5x").badChar()).isEqualTo('x');
        assertThat(TimeValue.parseMillis("5ux").badChar()).isEqualTo('u');
        assertThat(TimeValue.parseMillis("abc").badChar()).isEqualTo('a');
        assertThat(TimeValue.parseMillis("5S").valid()).isFalse();
    }

    @Test
    void shouldKeepTheValueButFlagTrailingCharactersWhenAfterAValidUnit() {
        TimeValue t = TimeValue.parseMillis("50sy");

        assertThat(t.duration()).isEqualTo(Duration.ofSeconds(50));
        assertThat(t.trailing()).isEqualTo('y');
    }

    @Test
    void shouldReportOverflowWhenTheValueExceedsThirtyOneBits() {
        assertThat(TimeValue.parseMillis("25d").overflow()).isTrue();
        assertThat(TimeValue.parseMillis("24d").overflow()).isFalse();
        assertThat(TimeValue.parseSeconds("30d").overflow()).isFalse();
    }

    @Test
    void shouldFormatWithTheLargestExactUnitWhenWriting() {
        assertThat(TimeValue.format(Duration.ofMillis(5000))).isEqualTo("5s");
        assertThat(TimeValue.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(TimeValue.format(Duration.ofMinutes(2))).isEqualTo("2m");
        assertThat(TimeValue.format(Duration.ofNanos(250_000))).isEqualTo("250us");
        assertThat(TimeValue.format(Duration.ZERO)).isEqualTo("0ms");
    }
}
