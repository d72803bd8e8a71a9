package org.pilab.proxy.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Expected servers are map[sdbm or address % tot] computed by hand (sdbm("/a") = 3083250) and from §2.4. */
class HashBalancerTest {

    private static final List<String> ABC = List.of("a", "b", "c");

    private static Balancer<String> create(String algorithm, List<String> args, List<String> servers) {
        return Balancers.create(algorithm, args, servers, s -> 1, s -> false, s -> 0);
    }

    private static PickContext client(String address) {
        return new PickContext(address, "/", null, null);
    }

    private static PickContext uri(String path, String query) {
        return new PickContext(null, path, query, null);
    }

    private static PickContext header(String name, String value) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put(name, value);
        return new PickContext(null, "/", null, headers::get);
    }

    // ---------------------------------------------------------------- sdbm

    @Test
    void shouldMatchHaproxySdbmWhenHashingAscii() {
        assertThat(HashBalancer.sdbm("/a")).isEqualTo(3083250L);
        assertThat(HashBalancer.sdbm("www.example.com")).isEqualTo(2718216582L);
        assertThat(HashBalancer.sdbm("")).isZero();
    }

    @Test
    void shouldReadBytesAsSignedCharsWhenHashingNonAscii() {
        assertThat(HashBalancer.sdbm("é")).isEqualTo(4290965670L);
        byte[] b = "xé".getBytes(StandardCharsets.UTF_8);
        assertThat(HashBalancer.sdbm(b, 1, b.length)).isEqualTo(4290965670L);
    }

    // ---------------------------------------------------------------- source

    @Test
    void shouldPickThirdServerWhenSourceIsLoopback() {
        Balancer<String> b = create("source", List.of(), ABC);
        assertThat(b.pick(client("127.0.0.1"))).contains("c");
        assertThat(b.pick(client("127.0.0.1"))).contains("c");
        assertThat(b.pick(client("127.0.0.2"))).contains("a");
        assertThat(b.pick(client("127.0.0.3"))).contains("b");
    }

    @Test
    void shouldIgnorePortWhenSourceHasOne() {
        Balancer<String> b = create("source", List.of(), ABC);
        assertThat(b.pick(client("127.0.0.1:54321"))).contains("c");
    }

    @Test
    void shouldXorWordsWhenSourceIsIpv6() {
        Balancer<String> b = create("source", List.of(), ABC);
        assertThat(b.pick(client("::1"))).contains("b");       // 1 % 3
        assertThat(b.pick(client("[::2]:8080"))).contains("c"); // 2 % 3
        // 2001:db8::3 -> 0x20010db8 ^ 3 = 536939963, % 3 = 2
        assertThat(b.pick(client("2001:db8::3"))).contains("c");
    }

    @Test
    void shouldFallBackToRoundRobinWhenSourceMissingOrNotAnAddress() {
        Balancer<String> b = create("source", List.of(), ABC);
        assertThat(List.of(b.pick(PickContext.none()), b.pick(client("not-an-ip")), b.pick(client("300.1.1.1")),
                b.pick(client(""))))
                .containsExactly(Optional.of("a"), Optional.of("b"), Optional.of("c"), Optional.of("a"));
    }

    @Test
    void shouldUseWeightedMapWhenSourceServersHaveWeights() {
        Balancer<String> b = Balancers.create("source", List.of(), List.of("a", "b"), s -> s.equals("a") ? 2 : 1,
                s -> false, s -> 0);
        // map a a b: 127.0.0.1 % 3 = 2 -> b, 127.0.0.2 % 3 = 0 -> a
        assertThat(b.pick(client("127.0.0.1"))).contains("b");
        assertThat(b.pick(client("127.0.0.2"))).contains("a");
    }

    @Test
    void shouldRemapWhenSourceServerGoesDown() {
        Balancer<String> b = create("source", List.of(), ABC);
        b.setUsable("c", false);
        assertThat(b.pick(client("127.0.0.1"))).contains("b"); // 2130706433 % 2 = 1
        b.setUsable("c", true);
        assertThat(b.pick(client("127.0.0.1"))).contains("c");
    }

    @Test
    void shouldParseOnlyDottedQuadsWhenParsingIpv4() {
        assertThat(Source.parseIpv4("127.0.0.1")).isEqualTo(2130706433L);
        assertThat(Source.parseIpv4("255.255.255.255")).isEqualTo(0xFFFF_FFFFL);
        assertThat(Source.parseIpv4("1.2.3")).isNull();
        assertThat(Source.parseIpv4("1.2.3.x")).isNull();
        assertThat(Source.parseIpv4("1.2.3.256")).isNull();
    }

    // ---------------------------------------------------------------- uri

    @Test
    void shouldSpreadPathsWhenBalancingByUri() {
        Balancer<String> b = create("uri", List.of(), ABC);
        assertThat(List.of("/a", "/b", "/c", "/d")).extracting(p -> b.pick(uri(p, null)).orElseThrow())
                .containsExactly("a", "b", "c", "a");
    }

    @Test
    void shouldStopAtQuestionMarkUnlessWhole() {
        Balancer<String> b = create("uri", List.of(), ABC);
        assertThat(b.pick(uri("/a", "x=1"))).contains("a");
        Balancer<String> whole = create("uri", List.of("whole"), ABC);
        assertThat(whole.pick(uri("/a", "x=1"))).contains("c"); // sdbm("/a?x=1") % 3 = 2
        assertThat(whole.pick(uri("/a", null))).contains("a");
    }

    @Test
    void shouldHashOnlyFirstCharactersWhenLenGiven() {
        Balancer<String> b = create("uri", List.of("len", "2"), ABC);
        assertThat(b.pick(uri("/abc", null))).contains("a"); // hashes "/a"
        assertThat(b.pick(uri("/b/whatever", null))).contains("b");
    }

    @Test
    void shouldHashOnlyFirstDirectoriesWhenDepthGiven() {
        Balancer<String> b = create("uri", List.of("depth", "1"), ABC);
        assertThat(b.pick(uri("/a/b", null))).contains("a"); // hashes "/a"
        assertThat(create("uri", List.of(), ABC).pick(uri("/a/b", null))).contains("c");
    }

    @Test
    void shouldFallBackToRoundRobinWhenPathMissing() {
        Balancer<String> b = create("uri", List.of(), ABC);
        assertThat(List.of(b.pick(PickContext.none()), b.pick(null), b.pick(uri(null, "q"))))
                .containsExactly(Optional.of("a"), Optional.of("b"), Optional.of("c"));
    }

    @Test
    void shouldSkipHashWhenOnlyOneServerIsUsable() {
        Balancer<String> b = create("uri", List.of(), ABC);
        b.setUsable("a", false);
        b.setUsable("c", false);
        assertThat(b.pick(uri("/a", null))).contains("b");
        assertThat(b.pick(PickContext.none())).contains("b");
    }

    @Test
    void shouldReturnEmptyWhenNoServerIsUsableForHash() {
        Balancer<String> b = create("uri", List.of(), ABC);
        ABC.forEach(s -> b.setUsable(s, false));
        assertThat(b.pick(uri("/a", null))).isEmpty();
        assertThat(b.pick(PickContext.none())).isEmpty();
    }

    @Test
    void shouldUseBackupWhenActiveServersAreDownForHash() {
        Balancer<String> b = Balancers.create("uri", List.of(), List.of("a", "b", "x"), s -> 1, s -> s.equals("x"),
                s -> 0);
        b.setUsable("a", false);
        b.setUsable("b", false);
        assertThat(b.pick(uri("/b", null))).contains("x");
    }

    // ---------------------------------------------------------------- url_param

    @Test
    void shouldHashParameterValueWhenUrlParamPresent() {
        Balancer<String> b = create("url_param", List.of("userid"), ABC);
        assertThat(b.pick(uri("/", "userid=42"))).contains("a");      // sdbm("42") % 3 = 0
        assertThat(b.pick(uri("/", "x=1&userid=7"))).contains("b");   // sdbm("7") % 3 = 1
        assertThat(b.pick(uri("/", "userid=7&x=1"))).contains("b");
    }

    @Test
    void shouldFallBackToRoundRobinWhenUrlParamMissing() {
        Balancer<String> b = create("url_param", List.of("userid"), ABC);
        assertThat(List.of(b.pick(uri("/", null)), b.pick(uri("/", "user=42")), b.pick(uri("/", "xuserid=4")),
                b.pick(uri("/", "userid"))))
                .containsExactly(Optional.of("a"), Optional.of("b"), Optional.of("c"), Optional.of("a"));
    }

    // ---------------------------------------------------------------- hdr

    @Test
    void shouldHashHeaderValueWhenHdrPresent() {
        Balancer<String> b = create("hdr(host)", List.of(), ABC);
        assertThat(b.pick(header("Host", "www.example.com"))).contains("a"); // % 3 = 0
        assertThat(b.pick(header("Host", "api.example.com"))).contains("c"); // % 3 = 2
        assertThat(b.pick(header("Host", " api.example.com , other"))).contains("c");
    }

    @Test
    void shouldAcceptHeaderNameAsArgumentWhenNoParentheses() {
        Balancer<String> b = create("hdr", List.of("Host"), ABC);
        assertThat(b.pick(header("host", "api.example.com"))).contains("c");
    }

    @Test
    void shouldHashMainDomainWhenUseDomainOnly() {
        Balancer<String> b = create("hdr(host)", List.of("use_domain_only"), ABC);
        assertThat(b.pick(header("Host", "www.example.com"))).contains("b"); // sdbm("example") % 3 = 1
        assertThat(b.pick(header("Host", "api.example.com"))).contains("b");
        assertThat(b.pick(header("Host", "example.com"))).contains("b");
    }

    @Test
    void shouldFallBackToRoundRobinWhenHeaderMissing() {
        Balancer<String> b = create("hdr(host)", List.of(), ABC);
        assertThat(List.of(b.pick(header("Other", "x")), b.pick(PickContext.none()), b.pick(header("X", "y"))))
                .containsExactly(Optional.of("a"), Optional.of("b"), Optional.of("c"));
    }

    @Test
    void shouldRoundRobinWhenRdpCookie() {
        Balancer<String> b = create("rdp-cookie", List.of(), ABC);
        assertThat(List.of(b.pick(header("Cookie", "mstshash=x")), b.pick(PickContext.none())))
                .containsExactly(Optional.of("a"), Optional.of("b"));
    }

    @Test
    void shouldNeverPickServerWhenWeightIsZeroForHash() {
        Balancer<String> b = Balancers.create("uri", List.of(), ABC, s -> s.equals("a") ? 0 : 1, s -> false,
                s -> 0);
        for (String p : List.of("/a", "/b", "/c", "/d", "/e", "/index.html")) {
            assertThat(b.pick(uri(p, null))).isNotEqualTo(Optional.of("a"));
        }
    }

    @Test
    void shouldUseFirstBackupWhenAllActiveDownForHdr() {
        Balancer<String> b = Balancers.create("hdr(host)", List.of(), List.of("a", "x", "y"), s -> 1,
                Set.of("x", "y")::contains, s -> 0);
        b.setUsable("a", false);
        assertThat(b.pick(header("Host", "api.example.com"))).contains("x");
    }
}
