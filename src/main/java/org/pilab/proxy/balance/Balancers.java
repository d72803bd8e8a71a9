package org.pilab.proxy.balance;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/**
 * Creates the {@link Balancer} for a {@code balance} line (HAProxy's {@code backend_parse_balance}).
 *
 * <p>How it works: the algorithm name selects the implementation; its parameter may be written in parentheses
 * ({@code hdr(host)}, {@code random(3)}) or as the first argument. Supported: {@code roundrobin} (FWRR),
 * {@code static-rr}, {@code leastconn}, {@code first}, {@code source}, {@code uri [whole] [len n] [depth n]},
 * {@code url_param <param>}, {@code hdr(<name>) [use_domain_only]}, {@code rdp-cookie} (round robin for HTTP) and
 * {@code random[(<draws>)]}. The word {@code allbackups} among the arguments has the effect of
 * {@code option allbackups}. Reference: haproxy-2.6.md §2.
 */
public final class Balancers {

    /** The 2.6 error text for an unknown algorithm (the message is old and omits first/random/hash). */
    static final String UNKNOWN = "balance only supports 'roundrobin', 'static-rr', 'leastconn', 'source', 'uri',"
            + " 'url_param', 'hdr(name)' and 'rdp-cookie(name)' options.";

    private Balancers() {
    }

    /**
     * Optional settings beyond the {@code balance} line.
     *
     * @param allBackups      {@code option allbackups}: balance over every usable backup, not just the first
     * @param maxconn         per-server maxconn, 0 = unlimited; used by {@code first} and {@code static-rr}
     * @param random          random source for {@code random}
     * @param initiallyUsable which servers are usable at creation (e.g. not {@code disabled}); HAProxy starts
     *                        the round robin with only those, which differs slightly from marking them down later
     */
    public record Options<S>(boolean allBackups, ToIntFunction<S> maxconn, RandomGenerator random,
                             Predicate<S> initiallyUsable) {

        public Options {
            Objects.requireNonNull(maxconn, "maxconn");
            Objects.requireNonNull(random, "random");
            Objects.requireNonNull(initiallyUsable, "initiallyUsable");
        }

        /** No allbackups, no maxconn, the default random generator, every server usable at creation. */
        public static <S> Options<S> defaults() {
            return new Options<>(false, s -> 0, RandomGenerator.getDefault(), s -> true);
        }

        public Options<S> withAllBackups(boolean all) {
            return new Options<>(all, maxconn, random, initiallyUsable);
        }

        public Options<S> withMaxconn(ToIntFunction<S> max) {
            return new Options<>(allBackups, max, random, initiallyUsable);
        }

        public Options<S> withRandom(RandomGenerator generator) {
            return new Options<>(allBackups, maxconn, generator, initiallyUsable);
        }

        public Options<S> withInitiallyUsable(Predicate<S> usable) {
            return new Options<>(allBackups, maxconn, random, usable);
        }
    }

    /**
     * Creates a balancer with default {@link Options}: every server usable at creation, no maxconn.
     *
     * @param algorithm         the {@code balance} algorithm, e.g. {@code roundrobin}, {@code hdr(host)}
     * @param args              the words after it, e.g. {@code [whole]} for {@code uri whole}; may be empty
     * @param servers           the backend's servers in declaration order (handles must be distinct)
     * @param weight            initial user weight 0..256 of each server
     * @param backup            whether a server is a {@code backup}
     * @param activeConnections the current number of connections a server is serving (leastconn, first, random)
     * @throws IllegalArgumentException on an unknown algorithm or bad arguments
     */
    public static <S> Balancer<S> create(String algorithm, List<String> args, List<S> servers, ToIntFunction<S> weight,
                                         Predicate<S> backup, ToIntFunction<S> activeConnections) {
        return create(algorithm, args, servers, weight, backup, activeConnections, Options.defaults());
    }

    /** Like {@link #create(String, List, List, ToIntFunction, Predicate, ToIntFunction)}, with explicit options. */
    public static <S> Balancer<S> create(String algorithm, List<String> args, List<S> servers, ToIntFunction<S> weight,
                                         Predicate<S> backup, ToIntFunction<S> activeConnections, Options<S> options) {
        Objects.requireNonNull(algorithm, "algorithm");
        List<String> words = args == null ? List.of() : List.copyOf(args);
        String name = algorithm.strip().toLowerCase(Locale.ROOT);
        String param = null;
        int open = name.indexOf('(');
        if (open >= 0) {
            if (!name.endsWith(")")) {
                throw new IllegalArgumentException(UNKNOWN);
            }
            param = algorithm.strip().substring(open + 1, algorithm.strip().length() - 1).strip();
            name = name.substring(0, open);
        }
        boolean allBackups = options.allBackups() || words.contains("allbackups");
        List<String> rest = words.stream().filter(w -> !w.equals("allbackups")).toList();
        Predicate<S> usable = options.initiallyUsable();
        ToIntFunction<S> maxconn = options.maxconn();
        return switch (name) {
            case "roundrobin" -> new RoundRobin<>(servers, weight, backup, usable, allBackups);
            case "static-rr" -> new StaticRoundRobin<>(servers, weight, backup, usable, allBackups,
                    activeConnections, maxconn);
            case "leastconn" -> new LeastConn<>(servers, weight, backup, usable, allBackups, activeConnections);
            case "first" -> new First<>(servers, weight, backup, usable, allBackups, activeConnections, maxconn);
            case "source" -> new Source<>(servers, weight, backup, usable, allBackups, activeConnections, maxconn);
            case "uri" -> new Uri<>(servers, weight, backup, usable, allBackups, activeConnections, maxconn, rest);
            case "url_param" -> {
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException("'balance url_param' requires an URL parameter name.");
                }
                yield new UrlParam<>(servers, weight, backup, usable, allBackups, activeConnections, maxconn,
                        rest.get(0));
            }
            case "hdr" -> {
                String header = param != null ? param : rest.isEmpty() ? null : rest.get(0);
                if (header == null || header.isEmpty()) {
                    throw new IllegalArgumentException("hdr requires an http header field name.");
                }
                yield new Hdr<>(servers, weight, backup, usable, allBackups, activeConnections, maxconn, header,
                        rest.contains("use_domain_only"));
            }
            case "rdp-cookie" -> new RdpCookie<>(servers, weight, backup, usable, allBackups, activeConnections,
                    maxconn);
            case "random" -> {
                String draws = param != null && !param.isEmpty() ? param
                        : !rest.isEmpty() && rest.get(0).chars().allMatch(Character::isDigit) ? rest.get(0) : "2";
                yield new Random<>(servers, weight, backup, usable, allBackups, activeConnections, options.random(),
                        parseInt(draws, "random"));
            }
            default -> throw new IllegalArgumentException(UNKNOWN);
        };
    }

    /** The integer argument at {@code <i>} of a keyword such as {@code len} or {@code depth}. */
    static int intArg(List<String> args, int i, String keyword) {
        if (i >= args.size()) {
            throw new IllegalArgumentException("'" + keyword + "' expects a positive integer.");
        }
        return parseInt(args.get(i), keyword);
    }

    private static int parseInt(String s, String keyword) {
        try {
            int v = Integer.parseInt(s.strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + keyword + "' expects a positive integer, got '" + s + "'.");
        }
    }
}
