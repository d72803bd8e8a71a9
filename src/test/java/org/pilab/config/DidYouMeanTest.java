package org.pilab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggestions real haproxy -c 2.6.12 makes for common typos (reference §6.5). */
class DidYouMeanTest {

    @Test
    void shouldSuggestWhatHaproxySuggestsWhenAKeywordIsMisspelt() {
        assertThat(DidYouMean.best("balanse", Keywords.PROXY)).isEqualTo("balance");
        assertThat(DidYouMean.best("forwardfour", Keywords.OPTIONS)).isEqualTo("forwardfor");
        assertThat(DidYouMean.best("deamon", Keywords.GLOBAL)).isEqualTo("daemon");
        assertThat(DidYouMean.best("frontnd", Keywords.GLOBAL)).isEqualTo("frontend");
        assertThat(DidYouMean.best("userlst", Keywords.GLOBAL)).isEqualTo("user");
        assertThat(DidYouMean.best("retry", Keywords.PROXY)).isEqualTo("retry-on");
    }

    @Test
    void shouldSuggestNothingWhenNoCandidateIsClose() {
        assertThat(DidYouMean.best("frobnicate", Keywords.GLOBAL)).isNull();
        assertThat(DidYouMean.best("xyzzyq", List.of("check", "inter"))).isNull();
    }

    @Test
    void shouldIgnoreCaseWhenComparing() {
        assertThat(DidYouMean.best("Frontend", Keywords.GLOBAL)).isEqualTo("frontend");
    }
}
