package org.pilab.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a haproxy.cfg and builds its model. The verdict follows {@code haproxy -c -f} of HAProxy 2.6.12
 * (reference §6.5): exit 0 valid (with or without warnings), 1 invalid, 2 no listener.
 */
public final class ConfigChecker {

    private ConfigChecker() {
    }

    /**
     * Strict: the verdict and first error exactly like {@code haproxy -c} (2.6.12). The legacy
     * {@code listen stats *:1936} is an error here, like in real HAProxy.
     */
    public static CheckReport check(String fileName, String text) {
        return run(fileName, text, false);
    }

    /**
     * The lab's lenient load: like {@link #check}, but the legacy {@code listen <name> <addr>:<port>} form is
     * accepted with a warning and produces a {@link Bind} with {@code legacy=true} (reference §6.4). Used at
     * startup for the blog's tutorial config.
     */
    public static CheckReport checkLenient(String fileName, String text) {
        return run(fileName, text, true);
    }

    private static CheckReport run(String fileName, String text, boolean lenient) {
        if (text == null) {
            text = "";
        }
        ConfigParser.Result result = ConfigParser.parse(fileName, text, lenient);
        Findings f = result.findings();
        if (!f.hasErrors()) {
            ValidityChecks.run(fileName, result.proxies(), f);
        }
        if (f.hasErrors()) {
            return new CheckReport(CheckReport.Verdict.INVALID, f.errors(), f.notes(), null);
        }
        List<Proxy> proxies = new ArrayList<>();
        for (ProxyBuilder p : result.proxies()) {
            proxies.add(p.build());
        }
        HaproxyConfig config = new HaproxyConfig(fileName, text, result.global(), proxies);
        boolean listens = proxies.stream().anyMatch(p -> p.kind().hasFrontend() && !p.binds().isEmpty())
                || result.proxies().stream().anyMatch(p -> p.ignoredBinds > 0);
        CheckReport.Verdict verdict;
        List<Diagnostic> notes = new ArrayList<>(f.notes());
        if (!listens) {
            verdict = CheckReport.Verdict.NO_LISTENER;
            notes.add(new Diagnostic(null, Diagnostic.Severity.INFO,
                    "Nothing listens: no frontend or listen section has a 'bind' line, so HAProxy would not start.",
                    "Add a frontend with e.g. 'bind *:80' and 'default_backend <name>'. The lab can still run "
                            + "the Pis without a balancer.",
                    "Configuration file has no error but will not start (no listener) => exit(2)."));
        } else if (f.hasWarnings()) {
            verdict = CheckReport.Verdict.WARNINGS;
        } else {
            verdict = CheckReport.Verdict.VALID;
        }
        return new CheckReport(verdict, f.errors(), notes, config);
    }
}
