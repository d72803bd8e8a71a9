package org.pilab.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class CheckStatusTest {

    @Test
    void shouldListHaproxyCodesInTableOrder() {
        assertThat(CheckStatus.values()).extracting(Enum::name).containsExactly(
                "UNK", "INI", "SOCKERR", "L4OK", "L4TOUT", "L4CON", "L6OK", "L6TOUT", "L6RSP",
                "L7OK", "L7OKC", "L7TOUT", "L7RSP", "L7STS", "HANA", "PROCERR", "PROCTOUT", "PROCOK");
    }

    @Test
    void shouldUseHaproxyDescriptionsWhenDescribed() {
        assertThat(CheckStatus.UNK.description()).isEqualTo("Unknown");
        assertThat(CheckStatus.INI.description()).isEqualTo("Initializing");
        assertThat(CheckStatus.SOCKERR.description()).isEqualTo("Socket error");
        assertThat(CheckStatus.L4OK.description()).isEqualTo("Layer4 check passed");
        assertThat(CheckStatus.L4TOUT.description()).isEqualTo("Layer4 timeout");
        assertThat(CheckStatus.L4CON.description()).isEqualTo("Layer4 connection problem");
        assertThat(CheckStatus.L6OK.description()).isEqualTo("Layer6 check passed");
        assertThat(CheckStatus.L6TOUT.description()).isEqualTo("Layer6 timeout");
        assertThat(CheckStatus.L6RSP.description()).isEqualTo("Layer6 invalid response");
        assertThat(CheckStatus.L7OK.description()).isEqualTo("Layer7 check passed");
        assertThat(CheckStatus.L7OKC.description()).isEqualTo("Layer7 check conditionally passed");
        assertThat(CheckStatus.L7TOUT.description()).isEqualTo("Layer7 timeout");
        assertThat(CheckStatus.L7RSP.description()).isEqualTo("Layer7 invalid response");
        assertThat(CheckStatus.L7STS.description()).isEqualTo("Layer7 wrong status");
        assertThat(CheckStatus.HANA.description()).isEqualTo("Health analyze");
        assertThat(CheckStatus.PROCERR.description()).isEqualTo("External check error");
        assertThat(CheckStatus.PROCTOUT.description()).isEqualTo("External check timeout");
        assertThat(CheckStatus.PROCOK.description()).isEqualTo("External check passed");
    }

    @Test
    void shouldClassifyResultsWhenAsked() {
        EnumSet<CheckStatus> passed = EnumSet.of(CheckStatus.L4OK, CheckStatus.L6OK, CheckStatus.L7OK, CheckStatus.PROCOK);
        EnumSet<CheckStatus> neutral = EnumSet.of(CheckStatus.UNK, CheckStatus.INI);
        for (CheckStatus s : CheckStatus.values()) {
            CheckStatus.Result expected = passed.contains(s) ? CheckStatus.Result.PASSED
                    : neutral.contains(s) ? CheckStatus.Result.NEUTRAL
                    : s == CheckStatus.L7OKC ? CheckStatus.Result.CONDPASS
                    : CheckStatus.Result.FAILED;
            assertThat(s.result()).as(s.name()).isEqualTo(expected);
            assertThat(s.passed()).as(s.name()).isEqualTo(expected == CheckStatus.Result.PASSED);
            assertThat(s.failed()).as(s.name()).isEqualTo(expected == CheckStatus.Result.FAILED);
        }
    }

    @Test
    void shouldNeitherPassNorFailWhenConditionallyPassed() {
        assertThat(CheckStatus.L7OKC.passed()).isFalse();
        assertThat(CheckStatus.L7OKC.failed()).isFalse();
        assertThat(Arrays.stream(CheckStatus.values()).filter(CheckStatus::failed)).hasSize(11);
    }
}
