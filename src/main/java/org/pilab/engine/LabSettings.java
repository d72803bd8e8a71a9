package org.pilab.engine;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The lab's own settings ({@code lab.*} in application.properties, or environment variables such as
 * {@code LAB_MODE} and {@code LAB_CONFIG}). Check timing ({@code inter}, {@code rise}, {@code fall}) is not here:
 * it comes from the learner's haproxy.cfg.
 */
@ConfigMapping(prefix = "lab")
public interface LabSettings {

    /** Simulated Pis on loopback, or real Pis at the addresses written in the config. Defaults to {@code simulated}. */
    @WithDefault("simulated")
    Mode mode();

    /** The haproxy.cfg to load at start. Defaults to the built-in tutorial scenario. */
    Optional<Path> config();

    /** The built-in scenario used when {@code lab.config} is unset. Defaults to {@code tutorial}. */
    @WithDefault("tutorial")
    String scenario();

    /**
     * Added to every {@code bind} port below 1024 so the lab needs no root: {@code bind *:80} listens on 10080.
     * 0 disables the shift. Defaults to {@code 10000}.
     */
    @WithDefault("10000")
    int privilegedPortShift();

    /**
     * Bind every lab socket (frontends, virtual Pis) to an ephemeral port instead of the configured one.
     * Tests set it so nothing binds 10080. Defaults to {@code false}.
     */
    @WithDefault("false")
    boolean ephemeralPorts();

    /** Where the lab keeps the learner's saved work. Defaults to {@code ~/.pilab}. */
    @WithDefault("${user.home}/.pilab")
    Path dataDir();

    enum Mode {
        /** Virtual Pis: real HTTP servers on 127.0.0.1; config addresses are labels. */
        SIMULATED,
        /** Server addresses are dialled as written; no virtual Pis are started. */
        REAL
    }
}
