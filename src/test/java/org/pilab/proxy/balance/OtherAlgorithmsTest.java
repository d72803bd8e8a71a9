package org.pilab.proxy.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class OtherAlgorithmsTest {

    // ---------------------------------------------------------------- leastconn

    @Test
    void shouldRoundRobinWhenLeastconnServersAreIdle() {
        assertThat(Script.of("leastconn", "a=1,b=1,c=1").run("6")).isEqualTo("a b c a b c");
    }

    @Test
    void shouldPickFewestConnectionsWhenLeastconn() {
        Script s = Script.of("leastconn", "a=1,b=1,c=1");
        s.connections.put("a", 2);
        s.connections.put("b", 1);
        assertThat(s.run("2")).isEqualTo("c c");
        s.connections.put("c", 3);
        assertThat(s.run("1")).isEqualTo("b");
    }

    @Test
    void shouldWeighConnectionsWhenLeastconnWeightsDiffer() {
        Script s = Script.of("leastconn", "a=2,b=1");
        s.connections.put("a", 2); // key (2+1)*4096/32 = 384
        s.connections.put("b", 1); // key (1+1)*4096/16 = 512
        assertThat(s.run("1")).isEqualTo("a");
    }

    @Test
    void shouldRotateTiesWhenLeastconnLoadsAreEqual() {
        Script s = Script.of("leastconn", "a=1,b=1,c=1");
        s.connections.replaceAll((k, v) -> 1);
        assertThat(s.run("4")).isEqualTo("a b c a");
    }

    @Test
    void shouldUseBackupsAndSkipDownWhenLeastconn() {
        Script s = Script.of("leastconn", List.of(), "a=1,b=1,x=1", Set.of("x"));
        assertThat(s.run("-a 2 -b 1 +a 1")).isEqualTo("-a b b -b x +a a");
        assertThat(s.run("a=0 1")).isEqualTo("a=0 x");
    }

    @Test
    void shouldRequeueBehindEqualsWhenLeastconnWeightChanges() {
        Script s = Script.of("leastconn", "a=1,b=1,c=1");
        assertThat(s.run("1 b=2 3")).isEqualTo("a b=2 c a b");
    }

    // ---------------------------------------------------------------- first

    @Test
    void shouldAlwaysPickFirstWhenFirstHasFreeSlots() {
        Script s = Script.of("first", "a=1,b=1,c=1", Set.of(),
                Balancers.Options.<String>defaults().withMaxconn(n -> 1));
        assertThat(s.run("3")).isEqualTo("a a a");
    }

    @Test
    void shouldMoveToNextServerWhenFirstIsFull() {
        Script s = Script.of("first", "a=1,b=1,c=1", Set.of(),
                Balancers.Options.<String>defaults().withMaxconn(n -> 2));
        s.connections.put("a", 2);
        assertThat(s.run("1")).isEqualTo("b");
        s.connections.put("b", 2);
        s.connections.put("c", 2);
        assertThat(s.run("1")).isEqualTo("-");
    }

    @Test
    void shouldIgnoreWeightsButSkipDownAndZeroWeightWhenFirst() {
        Script s = Script.of("first", "a=1,b=100,c=1");
        s.connections.put("a", 1000); // no maxconn: unlimited
        assertThat(s.run("1 -a 1 b=0 1 +a 1")).isEqualTo("a -a b b=0 c +a a");
    }

    @Test
    void shouldUseFirstBackupWhenFirstHasNoActive() {
        Script s = Script.of("first", List.of(), "a=1,x=1,y=1", Set.of("x", "y"));
        assertThat(s.run("-a 2 -x 1")).isEqualTo("-a x x -x y");
    }

    // ---------------------------------------------------------------- random

    @Test
    void shouldDrawFromInjectedGeneratorWhenRandom() {
        Script s = Script.of("random", "a=1,b=1,c=1", Set.of(),
                Balancers.Options.<String>defaults().withRandom(new Fixed(0, 2, 1, 1)));
        s.connections.put("a", 5);
        // draws a then c: c is less loaded; draws b then b
        assertThat(s.run("2")).isEqualTo("c b");
    }

    @Test
    void shouldKeepFirstDrawWhenItIsLessLoaded() {
        Script s = Script.of("random", "a=1,b=1", Set.of(),
                Balancers.Options.<String>defaults().withRandom(new Fixed(0, 1)));
        s.connections.put("b", 3);
        assertThat(s.run("1")).isEqualTo("a");
    }

    @Test
    void shouldDrawByWeightWhenRandom() {
        // weights a=3,b=1: r in 0..2 -> a, r = 3 -> b
        Script s = Script.of("random(1)", "a=3,b=1", Set.of(),
                Balancers.Options.<String>defaults().withRandom(new Fixed(2, 3)));
        assertThat(s.run("2")).isEqualTo("a b");
    }

    @Test
    void shouldSpreadAlmostEvenlyWhenRandomWithSeed() {
        Script s = Script.of("random", "a=1,b=1,c=1", Set.of(),
                Balancers.Options.<String>defaults().withRandom(RandomGenerator.of("L64X128MixRandom")));
        Map<Character, Integer> counts = new HashMap<>();
        s.picks(3000).chars().forEach(c -> counts.merge((char) c, 1, Integer::sum));
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(800, 1200));
    }

    @Test
    void shouldReturnEmptyWhenRandomHasNothingUsable() {
        assertThat(Script.of("random", "a=0,b=1").run("-b 1")).isEqualTo("-b -");
    }

    @Test
    void shouldUseDrawsArgumentWhenGivenAsWord() {
        Script s = Script.of("random", List.of("3"), "a=1,b=1,c=1", Set.of());
        assertThat(s.picks(10)).hasSize(10);
    }

    // ---------------------------------------------------------------- factory

    @Test
    void shouldRejectUnknownAlgorithmWithHaproxyMessage() {
        assertThatThrownBy(() -> Script.of("fastest", "a=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Balancers.UNKNOWN);
    }

    @Test
    void shouldRejectMissingParametersWhenRequired() {
        assertThatThrownBy(() -> Script.of("url_param", "a=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Script.of("hdr", "a=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Script.of("uri", List.of("len"), "a=1", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Script.of("uri", List.of("depth", "x"), "a=1", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Script.of("random(0)", "a=1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectBadServerListWhenCreating() {
        assertThatThrownBy(() -> Balancers.create("roundrobin", List.of(), List.of("a", "a"), s -> 1, s -> false,
                s -> 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Balancers.create("roundrobin", List.of(), List.of("a"), s -> 300, s -> false,
                s -> 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCreateNamedImplementationsWhenAlgorithmsGiven() {
        Map<String, Class<?>> expected = Map.of("roundrobin", RoundRobin.class, "static-rr", StaticRoundRobin.class,
                "leastconn", LeastConn.class, "first", First.class, "source", Source.class, "uri", Uri.class,
                "hdr(host)", Hdr.class, "rdp-cookie", RdpCookie.class, "random(2)", Random.class,
                "RoundRobin", RoundRobin.class);
        expected.forEach((algo, type) -> assertThat(Script.of(algo, "a=1").balancer).as(algo).isInstanceOf(type));
        assertThat(Script.of("url_param", List.of("id"), "a=1", Set.of()).balancer).isInstanceOf(UrlParam.class);
    }

    @Test
    void shouldReturnEmptyForEveryAlgorithmWhenNothingIsUsable() {
        for (String algo : List.of("roundrobin", "static-rr", "leastconn", "first", "source", "uri", "hdr(host)",
                "rdp-cookie", "random")) {
            Script s = Script.of(algo, List.of(), "a=1,b=0,x=1", Set.of("x"));
            assertThat(s.run("-a -x 2")).as(algo).isEqualTo("-a -x - -");
        }
    }

    @Test
    void shouldOfferNoneContextWithoutData() {
        PickContext none = PickContext.none();
        assertThat(none.clientAddress()).isNull();
        assertThat(none.headerValue("Host")).isNull();
        assertThat(new PickContext(null, null, null, n -> "v").headerValue("x")).isEqualTo("v");
    }

    /** A generator returning fixed values for nextLong(bound), in turn. */
    private static final class Fixed implements RandomGenerator {
        private final long[] values;
        private int i;

        Fixed(long... values) {
            this.values = values;
        }

        @Override
        public long nextLong() {
            return values[i++ % values.length];
        }

        @Override
        public long nextLong(long bound) {
            return nextLong() % bound;
        }
    }
}
