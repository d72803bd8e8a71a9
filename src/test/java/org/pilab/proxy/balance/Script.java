package org.pilab.proxy.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test helper: builds a balancer over servers named by letters and runs scripts in the notation of
 * haproxy-2.6.md §2.3: a number N = N picks (each printed as the server name, {@code -} when empty),
 * {@code -x} = x goes down, {@code +x} = x comes back, {@code x=3} = weight of x set to 3.
 */
final class Script {

    final Map<String, Integer> weights = new LinkedHashMap<>();
    final Map<String, Integer> connections = new LinkedHashMap<>();
    final Balancer<String> balancer;

    private Script(String algorithm, List<String> args, String spec, Set<String> backups,
                   Balancers.Options<String> options) {
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            weights.put(kv[0], Integer.parseInt(kv[1]));
            connections.put(kv[0], 0);
        }
        balancer = Balancers.create(algorithm, args, List.copyOf(weights.keySet()), weights::get,
                backups::contains, connections::get, options);
    }

    /** Servers from a spec like {@code a=3,b=2,c=1}, in that declaration order. */
    static Script of(String algorithm, String spec) {
        return new Script(algorithm, List.of(), spec, Set.of(), Balancers.Options.defaults());
    }

    static Script of(String algorithm, List<String> args, String spec, Set<String> backups) {
        return new Script(algorithm, args, spec, backups, Balancers.Options.defaults());
    }

    static Script of(String algorithm, String spec, Set<String> backups, Balancers.Options<String> options) {
        return new Script(algorithm, List.of(), spec, backups, options);
    }

    /** Runs <script> and returns what happened, in the same notation. */
    String run(String script) {
        List<String> out = new ArrayList<>();
        for (String step : script.trim().split("\\s+")) {
            if (step.startsWith("-")) {
                balancer.setUsable(step.substring(1), false);
                out.add(step);
            } else if (step.startsWith("+")) {
                balancer.setUsable(step.substring(1), true);
                out.add(step);
            } else if (step.contains("=")) {
                String[] kv = step.split("=");
                balancer.setWeight(kv[0], Integer.parseInt(kv[1]));
                out.add(step);
            } else {
                for (int i = Integer.parseInt(step); i > 0; i--) {
                    out.add(balancer.pick(PickContext.none()).orElse("-"));
                }
            }
        }
        return String.join(" ", out);
    }

    /** <n> picks, concatenated without spaces (for long sequences of one-letter names). */
    String picks(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(balancer.pick(PickContext.none()).orElse("-"));
        }
        return sb.toString();
    }
}
