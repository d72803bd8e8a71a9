package org.pilab.rack;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DESIGN.md, "Simulated mode never leaves loopback": display addresses map to loopback, anything else is refused. */
@QuarkusTest
class OutboundConnectorTest {

    @jakarta.inject.Inject
    Rack rack;

    @Test
    void shouldMapAVirtualPisDisplayAddressToItsLoopbackSocket() {
        SocketAddress target = rack.resolve("192.168.1.201", 8000);
        assertThat(target.host()).isEqualTo("127.0.0.1");
        assertThat("127.0.0.1:" + target.port()).isEqualTo(rack.find("raspberrypi02").socket());
    }

    @Test
    void shouldRefuseEveryAddressThatIsNeitherAPiNorLoopback() {
        assertThatThrownBy(() -> rack.resolve("192.168.1.250", 8000))
                .isInstanceOf(RefusedDestinationException.class)
                .hasMessageContaining("192.168.1.250:8000")
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> rack.resolve("192.168.1.200", 9999)).isInstanceOf(RefusedDestinationException.class);
        assertThatThrownBy(() -> rack.resolve("10.1.2.3", 80)).isInstanceOf(RefusedDestinationException.class);
        assertThatThrownBy(() -> rack.resolve("example.org", 80)).isInstanceOf(RefusedDestinationException.class);
    }

    @Test
    void shouldDialLoopbackAddressesAsWritten() {
        SocketAddress target = rack.resolve("127.0.0.1", 18080);
        assertThat(target.host()).isEqualTo("127.0.0.1");
        assertThat(target.port()).isEqualTo(18080);
    }
}
