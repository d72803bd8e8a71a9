package org.pilab.rack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RackSpecTest {

    @Test
    void shouldReadPisInOrderWithADefaultModel() {
        RackSpec spec = RackSpec.parse("rack.yaml", """
                pis:
                  - name: raspberrypi01
                    address: 192.168.1.200:8000
                  - name: raspberrypi02
                    address: 192.168.1.201:8000
                    model: Raspberry Pi 4
                """);
        assertThat(spec.pis()).extracting(PiSpec::name).containsExactly("raspberrypi01", "raspberrypi02");
        assertThat(spec.pis().get(0).model()).isEqualTo(PiSpec.DEFAULT_MODEL);
        assertThat(spec.pis().get(1).host()).isEqualTo("192.168.1.201");
        assertThat(spec.pis().get(1).port()).isEqualTo(8000);
    }

    @Test
    void shouldNameTheEntryAndFieldWhenAnAddressHasNoPort() {
        assertThatThrownBy(() -> RackSpec.parse("rack.yaml", """
                pis:
                  - name: raspberrypi01
                    address: 192.168.1.200
                """)).isInstanceOf(InvalidRackException.class)
                .hasMessageContaining("Pi #1 (raspberrypi01)")
                .hasMessageContaining("'address' must be host:port");
    }

    @Test
    void shouldRejectDuplicateAddresses() {
        assertThatThrownBy(() -> RackSpec.parse("rack.yaml", """
                pis:
                  - {name: a, address: "192.168.1.200:8000"}
                  - {name: b, address: "192.168.1.200:8000"}
                """)).hasMessageContaining("already used by a");
    }

    @Test
    void shouldSayWhatARackFileLooksLikeWhenTheYamlIsBroken() {
        assertThatThrownBy(() -> RackSpec.parse("rack.yaml", "pis: [ {name: a"))
                .hasMessageContaining("rack.yaml: not a valid rack file");
    }

    @Test
    void shouldTreatOnlyLiteralLoopbackAddressesAsLoopback() {
        assertThat(Rack.isLoopback("127.0.0.1")).isTrue();
        assertThat(Rack.isLoopback("127.3.2.1")).isTrue();
        assertThat(Rack.isLoopback("localhost")).isTrue();
        assertThat(Rack.isLoopback("::1")).isTrue();
        assertThat(Rack.isLoopback("192.168.1.200")).isFalse();
        assertThat(Rack.isLoopback("10.0.0.1")).isFalse();
        assertThat(Rack.isLoopback("example.org")).isFalse();
    }
}
