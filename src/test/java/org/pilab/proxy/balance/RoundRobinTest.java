package org.pilab.proxy.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Expected sequences come from the reference model fwrr_model.py (which matched HAProxy 2.6.12 exactly) and, for
 * weight changes, from a port of fwrr_update_server_weight added to that model.
 */
class RoundRobinTest {

    @Test
    void shouldMatchHaproxyOrderWhenWeights321() {
        assertThat(Script.of("roundrobin", "a=3,b=2,c=1").picks(400)).isEqualTo(""
                + "abacababacababacababacababacababacababacababacababacababacababacababacababacababacababacababacababac"
                + "ababacababacababacababacababacababacababacababacababacababacababacababacababacababacababacababacabab"
                + "acababacababacababacababacababacababacababacababacababacababacababacababacababacababacababacababacab"
                + "abacababacababacababacababacababacababacababacababacababacababacababacababacababacababacababacababac");
    }

    @Test
    void shouldMatchHaproxyOrderWhenWeights51() {
        assertThat(Script.of("roundrobin", "a=5,b=1").picks(400)).isEqualTo(""
                + "aaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaa"
                + "abaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaa"
                + "aaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaab"
                + "aaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaaabaaaa");
    }

    @Test
    void shouldMatchHaproxyOrderWhenWeights1037() {
        assertThat(Script.of("roundrobin", "a=10,b=3,c=7").picks(400)).isEqualTo(""
                + "acacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacb"
                + "acacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacb"
                + "acacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacb"
                + "acacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacbacacabacacabacacaacb");
    }

    @Test
    void shouldMatchHaproxyOrderWhenWeights1111() {
        assertThat(Script.of("roundrobin", "a=1,b=1,c=1,d=1").picks(400)).isEqualTo(""
                + "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd"
                + "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd"
                + "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd"
                + "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd");
    }

    @Test
    void shouldMatchHaproxyOrderWhenWeights2531() {
        assertThat(Script.of("roundrobin", "a=2,b=5,c=3,d=1").picks(400)).isEqualTo(""
                + "bcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabb"
                + "cbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbc"
                + "babcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcb"
                + "abcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcbabcbdcabbcba");
    }

    @Test
    void shouldFollowDeclarationOrderWhenWeightsAreEqual() {
        Script s = Script.of("roundrobin", "01=1,02=1,03=1");
        assertThat(s.run("6")).isEqualTo("01 02 03 01 02 03");
    }

    @Test
    void shouldNotBeSmoothWrrWhenWeights321() {
        // nginx-style smooth WRR would give a b a c b a
        assertThat(Script.of("roundrobin", "a=3,b=2,c=1").run("6")).isEqualTo("a b a c a b");
    }

    @Test
    void shouldRejoinLaterWhenServerComesBackUp() {
        // §2.3 observed: 1 pick, disable b, 4 picks, enable b, 9 picks
        Script s = Script.of("roundrobin", "a=1,b=1,c=1");
        assertThat(s.run("1 -b 4 +b 9")).isEqualTo("a -b c a c a +b c a b c a b c a b");
    }

    @Test
    void shouldRejoinLaterWhenFirstServerRemovedBeforeAnyPick() {
        // §2.3 observed: removing a, 5 picks, adding a back
        Script s = Script.of("roundrobin", "a=1,b=1,c=1");
        assertThat(s.run("-a 5 +a 7")).isEqualTo("-a b c b c b +a c b a c b a c");
    }

    @Test
    void shouldKeepOrderOfOthersWhenWeightedServerGoesDownAndUp() {
        Script s = Script.of("roundrobin", "a=2,b=5,c=3,d=1");
        assertThat(s.run("13 -b 10 +b 22")).isEqualTo(
                "b c b a b c b d c a b b c -b a c a c d c a c a c "
                        + "+b b d c b a b c b a b c b d c b a b c b a b c");
    }

    @Test
    void shouldRebalanceWhenSeveralServersGoDownAndComeBack() {
        Script s = Script.of("roundrobin", "a=3,b=2,c=1");
        assertThat(s.run("2 -a -b 3 +b 6 +a 12"))
                .isEqualTo("a b -a -b c c c +b c b b c b b +a c a b a b a c a b a b a");
    }

    @Test
    void shouldReturnEmptyWhenNoServerIsUsable() {
        Script s = Script.of("roundrobin", "a=1,b=1");
        assertThat(s.run("3 -a -b 1 +a 3")).isEqualTo("a b a -a -b - +a a a a");
    }

    @Test
    void shouldIgnoreRepeatedStateWhenIdempotent() {
        Script s = Script.of("roundrobin", "a=1,b=1,c=1");
        assertThat(s.run("1 -b -b 4 +b +b 9")).isEqualTo("a -b -b c a c a +b +b c a b c a b c a b");
    }

    @Test
    void shouldTakeEffectAtOnceWhenWeightRaised() {
        Script s = Script.of("roundrobin", "a=1,b=1,c=1");
        assertThat(s.run("4 a=3 20"))
                .isEqualTo("a b c a a=3 b a c a a b a c a a b a c a a b a c a a");
    }

    @Test
    void shouldFollowWeightChangesWhenLoweredToZeroAndRaisedAgain() {
        Script s = Script.of("roundrobin", "a=3,b=2,c=1");
        assertThat(s.run("7 a=1 12 a=0 6 a=3 18")).isEqualTo(
                "a b a c a b a a=1 b b c b a b c b a b c b a=0 b c b b c b "
                        + "a=3 a b c a a b a b c a a b a b c a a b");
    }

    @Test
    void shouldNeverPickServerWhenWeightIsZero() {
        Script s = Script.of("roundrobin", "a=0,b=1,c=1");
        assertThat(s.picks(50)).doesNotContain("a").startsWith("bcbc");
    }

    @Test
    void shouldReturnEmptyWhenEveryWeightIsZero() {
        assertThat(Script.of("roundrobin", "a=0,b=0").run("2")).isEqualTo("- -");
    }

    @Test
    void shouldStartWithoutServersThatAreNotInitiallyUsable() {
        Script s = Script.of("roundrobin", "a=1,b=1,c=1", Set.of(),
                Balancers.Options.<String>defaults().withInitiallyUsable(n -> !n.equals("b")));
        assertThat(s.run("4 +b 6")).isEqualTo("a c a c +b a c b a c b");
    }

    // ---------------------------------------------------------------- backups

    @Test
    void shouldIgnoreBackupsWhenAnActiveServerIsUsable() {
        Script s = Script.of("roundrobin", List.of(), "a=1,b=1,x=1,y=1", Set.of("x", "y"));
        assertThat(s.run("6 -a 3")).isEqualTo("a b a b a b -a b b b");
    }

    @Test
    void shouldUseFirstBackupOnlyWhenAllActiveAreDown() {
        Script s = Script.of("roundrobin", List.of(), "a=1,b=1,x=1,y=1", Set.of("x", "y"));
        assertThat(s.run("1 -a -b 4 +a 2")).isEqualTo("a -a -b x x x x +a a a");
    }

    @Test
    void shouldUseNextBackupWhenFirstBackupGoesDown() {
        Script s = Script.of("roundrobin", List.of(), "a=1,x=1,y=1", Set.of("x", "y"));
        assertThat(s.run("-a 2 -x 2 +x 2 -y -x 1")).isEqualTo("-a x x -x y y +x x x -y -x -");
    }

    @Test
    void shouldBalanceAllBackupsWhenAllbackupsGivenAsArgument() {
        Script s = Script.of("roundrobin", List.of("allbackups"), "a=1,x=2,y=1", Set.of("x", "y"));
        assertThat(s.run("-a 6 +a 2")).isEqualTo("-a x x y x x y +a a a");
    }

    @Test
    void shouldBalanceAllBackupsWhenAllbackupsOptionSet() {
        Script s = Script.of("roundrobin", "a=1,x=1,y=1", Set.of("x", "y"),
                Balancers.Options.<String>defaults().withAllBackups(true));
        assertThat(s.run("-a 4")).isEqualTo("-a x y x y");
    }

    @Test
    void shouldUseBackupsWhenActiveWeightsAreZero() {
        Script s = Script.of("roundrobin", List.of(), "a=1,x=1", Set.of("x"));
        assertThat(s.run("1 a=0 2 a=1 1")).isEqualTo("a a=0 x x a=1 a");
    }

    @Test
    void shouldSkipZeroWeightBackupWhenChoosingFirstBackup() {
        Script s = Script.of("roundrobin", List.of(), "a=1,x=0,y=1", Set.of("x", "y"));
        assertThat(s.run("-a 2")).isEqualTo("-a y y");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void shouldRejectUnknownServerWhenChangingState() {
        Balancer<String> b = Script.of("roundrobin", "a=1").balancer;
        assertThatThrownBy(() -> b.setUsable("zz", false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zz");
        assertThatThrownBy(() -> b.setWeight("zz", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectWeightOutOfRangeWhenSet() {
        Balancer<String> b = Script.of("roundrobin", "a=1").balancer;
        assertThatThrownBy(() -> b.setWeight("a", 257))
                .hasMessage("Absolute weight can only be between 0 and 256 inclusive.");
        assertThatThrownBy(() -> b.setWeight("a", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldHandleMaximumWeightsWhenMany() {
        Script s = Script.of("roundrobin", "a=256,b=1");
        String p = s.picks(257 * 3);
        assertThat(p.chars().filter(c -> c == 'b').count()).isEqualTo(3);
    }
}
