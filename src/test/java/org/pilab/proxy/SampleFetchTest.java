package org.pilab.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Log-format expansion and rule conditions used by the tutorial's http-request lines (reference §3.1). */
class SampleFetchTest {

    /** A plain-HTTP request from 127.0.0.1:40000 to 127.0.0.1:10080 with one header, built without a server. */
    private static RequestContext context() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Host", "lab.local");
        HttpServerRequest request = (HttpServerRequest) Proxy.newProxyInstance(SampleFetchTest.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "remoteAddress" -> SocketAddress.inetSocketAddress(40000, "127.0.0.1");
                    case "localAddress" -> SocketAddress.inetSocketAddress(10080, "127.0.0.1");
                    case "isSSL" -> false;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "path" -> "/a";
                    case "uri" -> "/a?b=1";
                    default -> null;
                });
        return new RequestContext(request, "raspberrypinodes", "nodes");
    }

    @Test
    void shouldExpandDstPortToThePortTheClientConnectedTo() {
        assertThat(SampleFetch.format("%[dst_port]", context())).isEqualTo("10080");
        assertThat(SampleFetch.format("%ci:%cp via %f/%b", context())).isEqualTo("127.0.0.1:40000 via raspberrypinodes/nodes");
        assertThat(SampleFetch.format("host=%[req.hdr(host)] 100%%", context())).isEqualTo("host=lab.local 100%");
    }

    @Test
    void shouldNotFireSslFcOnAPlainHttpListener() {
        assertThat(SampleFetch.test(List.of("{", "ssl_fc", "}"), context())).isFalse();
        assertThat(SampleFetch.test(List.of("!", "{", "ssl_fc", "}"), context())).isTrue();
        assertThat(SampleFetch.test(List.of("{", "ssl_fc", "}", "or", "TRUE"), context())).isTrue();
        assertThat(SampleFetch.test(List.of("LOCALHOST", "{", "path", "/a", "}"), context())).isTrue();
    }
}
