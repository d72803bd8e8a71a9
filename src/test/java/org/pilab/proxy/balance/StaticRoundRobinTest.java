package org.pilab.proxy.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Expected maps come from static_rr_map() in the reference model fwrr_model.py and from §2.4. */
class StaticRoundRobinTest {

    @Test
    void shouldWalkMapWhenWeights321() {
        assertThat(Script.of("static-rr", "a=3,b=2,c=1").run("12")).isEqualTo("a a b a b c a a b a b c");
    }

    @Test
    void shouldWalkMapWhenWeights2531() {
        assertThat(Script.of("static-rr", "a=2,b=5,c=3,d=1").run("11")).isEqualTo("a b b c b a b c b c d");
    }

    @Test
    void shouldWalkMapWhenWeights1037() {
        assertThat(Script.of("static-rr", "a=10,b=3,c=7").picks(40))
                .isEqualTo("aacabcaacabcaacabcac" + "aacabcaacabcaacabcac");
    }

    @Test
    void shouldDivideWeightsByGcdWhenBuildingMap() {
        Script s = Script.of("static-rr", "a=20,b=10");
        assertThat(s.run("6")).isEqualTo("a a b a a b");
        assertThat(((StaticRoundRobin<String>) s.balancer).map()).hasSize(3);
    }

    @Test
    void shouldFollowDeclarationOrderWhenWeightsAreEqual() {
        assertThat(Script.of("static-rr", "01=1,02=1,03=1").run("6")).isEqualTo("01 02 03 01 02 03");
    }

    @Test
    void shouldRebuildMapAndKeepIndexWhenServerGoesDownAndUp() {
        Script s = Script.of("static-rr", "a=1,b=1,c=1");
        assertThat(s.run("1 -b 3 +b 3")).isEqualTo("a -b c a c +b c a b");
    }

    @Test
    void shouldReturnEmptyWhenNoServerIsUsable() {
        Script s = Script.of("static-rr", "a=1,b=1");
        assertThat(s.run("-a -b 2 +b 1")).isEqualTo("-a -b - - +b b");
    }

    @Test
    void shouldNeverPickServerWhenWeightIsZero() {
        Script s = Script.of("static-rr", "a=0,b=1,c=1");
        assertThat(s.picks(30)).doesNotContain("a");
        assertThat(s.run("b=0 3 a=1 2")).isEqualTo("b=0 c c c a=1 c a"); // index kept: slot 1 first
    }

    @Test
    void shouldUseFirstBackupWhenAllActiveAreDown() {
        Script s = Script.of("static-rr", List.of(), "a=1,x=1,y=1", Set.of("x", "y"));
        assertThat(s.run("2 -a 3 -x 2 +a 1")).isEqualTo("a a -a x x x -x y y +a a");
    }

    @Test
    void shouldUseAllBackupsWhenAllbackups() {
        Script s = Script.of("static-rr", List.of("allbackups"), "a=1,x=1,y=1", Set.of("x", "y"));
        assertThat(s.run("-a 4")).isEqualTo("-a x y x y");
    }

    @Test
    void shouldSkipFullServersWhenMaxconnReached() {
        Script s = Script.of("static-rr", "a=1,b=1,c=1", Set.of(),
                Balancers.Options.<String>defaults().withMaxconn(n -> 1));
        s.connections.put("a", 1);
        assertThat(s.run("4")).isEqualTo("b c b c");
        s.connections.put("b", 1);
        s.connections.put("c", 1);
        assertThat(s.run("1")).isEqualTo("-");
    }
}
