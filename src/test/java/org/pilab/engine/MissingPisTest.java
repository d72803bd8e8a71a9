package org.pilab.engine;

import org.junit.jupiter.api.Test;
import org.pilab.config.ConfigChecker;
import org.pilab.config.HaproxyConfig;
import org.pilab.rack.Pi;
import org.pilab.rack.PiSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MissingPisTest {

    private static HaproxyConfig config(String servers) {
        return ConfigChecker.check("haproxy.cfg", """
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 50s
                    timeout server 50s

                frontend web
                    bind *:80
                    default_backend nodes

                backend nodes
                """ + servers).config();
    }

    private static Pi pi(int number, String name, String address) {
        return new Pi(number, name, address, "127.0.0.1:1", PiSpec.DEFAULT_MODEL, "on", 0);
    }

    @Test
    void shouldAddAPiNamedAfterTheServerWhenItsAddressIsNew() {
        List<Pi> rack = List.of(pi(1, "raspberrypi01", "192.168.1.200:8000"));
        List<PiSpec> missing = LabService.missingPis(config("""
                    server raspberrypi01 192.168.1.200:8000 check
                    server raspberrypi04 192.168.1.203:8000 check
                    server local 127.0.0.1:9000 check
                """), rack);
        assertThat(missing).containsExactly(new PiSpec("raspberrypi04", "192.168.1.203:8000", PiSpec.DEFAULT_MODEL));
    }

    @Test
    void shouldAddTheNumberWhenTheServerNameIsTakenByAnotherPi() {
        List<Pi> rack = List.of(pi(1, "raspberrypi01", "192.168.1.200:8000"));
        assertThat(LabService.missingPis(config("    server raspberrypi01 192.168.1.210:8000\n"), rack))
                .extracting(PiSpec::name).containsExactly("raspberrypi01-2");
    }
}
