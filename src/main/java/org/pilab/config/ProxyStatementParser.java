package org.pilab.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses one statement of a {@code defaults}, {@code frontend}, {@code backend} or {@code listen} section into the
 * section's {@link ProxyBuilder}, with HAProxy 2.6's keyword matrix (reference §6.2) and messages (§6.5, §7).
 */
final class ProxyStatementParser {

    private static final List<String> TIMEOUTS = List.of("client", "server", "connect", "check", "queue",
            "http-keep-alive", "http-request", "tunnel", "tarpit", "client-fin", "server-fin");
    private static final Set<String> FE_TIMEOUTS = Set.of("client", "client-fin");
    private static final Set<String> BE_TIMEOUTS = Set.of("server", "connect", "check", "queue", "tunnel",
            "server-fin");
    /** Arguments of {@code deny}/{@code return} replies and how many words each takes. */
    private static final java.util.Map<String, Integer> REPLY_ARGS = java.util.Map.ofEntries(
            java.util.Map.entry("deny_status", 1), java.util.Map.entry("status", 1),
            java.util.Map.entry("content-type", 1), java.util.Map.entry("errorfile", 1),
            java.util.Map.entry("errorfiles", 1), java.util.Map.entry("file", 1), java.util.Map.entry("lf-file", 1),
            java.util.Map.entry("string", 1), java.util.Map.entry("lf-string", 1), java.util.Map.entry("hdr", 2),
            java.util.Map.entry("default-errorfiles", 0));
    private static final String BALANCE_ERROR = "balance only supports 'roundrobin', 'static-rr', 'leastconn', "
            + "'source', 'uri', 'url_param', 'hdr(name)' and 'rdp-cookie(name)' options.";

    private final ConfigParser parser;
    private final ProxyBuilder p;
    private final Statement st;
    private final Findings f;

    ProxyStatementParser(ConfigParser parser, ProxyBuilder proxy, Statement statement) {
        this.parser = parser;
        this.p = proxy;
        this.st = statement;
        this.f = parser.findings();
    }

    void parse() {
        String kw = st.keyword();
        if (p.isDefaults() && Keywords.NOT_IN_DEFAULTS.containsKey(kw)) {
            error("'" + kw + "' is not allowed in a defaults section.", "Move it to the frontend, backend or listen "
                    + "section it belongs to.", (Keywords.NOT_IN_DEFAULTS.get(kw) ? at() : at0()) + "'" + kw
                    + "' not allowed in 'defaults' section.");
            return;
        }
        Integer max = Keywords.PROXY_MAX_ARGS.get(kw);
        if (max != null && st.words().size() > max + 1) {
            tooManyArgs(kw, st.word(max + 1));
            return;
        }
        if (Set.of("http-request", "http-response", "http-after-response", "redirect", "capture").contains(kw)) {
            p.httpOnly.add(kw);
        }
        if (kw.equals("redirect") && !p.isDefaults()) {
            warnIfMisplaced("redirect", false);
            p.seenRedirect = true;
        }
        if (kw.equals("use-server") && !p.isDefaults()) {
            p.seenUseServer = true;
        }
        switch (kw) {
            case "bind" -> bind();
            case "mode" -> mode();
            case "default_backend" -> defaultBackend();
            case "use_backend" -> useBackend();
            case "balance" -> balance();
            case "server" -> server();
            case "default-server" -> defaultServer();
            case "option" -> option(false);
            case "no" -> {
                if ("option".equals(st.word(1))) {
                    option(true);
                } else if ("log".equals(st.word(1))) {
                    p.logTarget = false;
                    accepted();
                } else {
                    accepted();
                }
            }
            case "http-check" -> httpCheck();
            case "http-request" -> httpRequest();
            case "timeout" -> timeout();
            case "retries" -> retries();
            case "errorfile" -> errorFile();
            case "stats" -> stats();
            case "acl" -> acl();
            case "maxconn" -> {
                boolean ignored = warnIfNotCap(true, false, "maxconn", " Maybe you want 'fullconn' instead ?");
                if (st.word(1) == null) {
                    error("'maxconn' needs a number.", "Write e.g. 'maxconn 100'.",
                            at() + "'maxconn' expects an integer argument.");
                } else if (!ignored) {
                    accepted();
                }
            }
            case "log" -> {
                boolean global = "global".equals(st.word(1)) && st.words().size() == 2;
                String problem = global ? null : LogLine.problem(st.words(), false);
                if (problem != null) {
                    error("This 'log' line is not valid: " + problem + ".", "Write 'log global' to use the "
                            + "global section's log settings.", at() + "log : " + problem);
                    return;
                }
                log();
                accepted();
            }
            case "log-format" -> {
                p.logFormat = true;
                p.logFormatName = "log-format";
                accepted();
            }
            case "monitor-net" -> error("'monitor-net' was removed from HAProxy.",
                    "Write 'http-request return status 200 if { src " + st.word(1) + " }'.",
                    at() + "'monitor-net' doesn't exist anymore. Please use 'http-request return status 200 if "
                            + "{ src " + (st.word(1) == null ? "" : st.word(1)) + " }' instead.");
            case "bind-process" -> f.warning(st.line(), "'bind-process' has no effect in HAProxy 2.6.",
                    "Remove the line.", at0() + "'bind-process' has no effect, is deprecated, and will be removed "
                            + "in version 2.7.");
            default -> {
                String obsolete = ObsoleteKeywords.KEYWORDS.get(kw);
                if (obsolete != null) {
                    error("'" + kw + "' was removed from HAProxy.", "See HAProxy's suggestion: "
                            + String.format(obsolete, kw), at() + String.format(obsolete, kw));
                } else if (Keywords.PROXY.contains(kw)) {
                    acceptedWithCapability(kw, kw);
                } else {
                    unknownKeyword(kw);
                }
            }
        }
    }

    // ---- helpers ----

    private String at() {
        return parser.at();
    }

    private String at0() {
        return parser.at0();
    }

    private String section() {
        return p.isDefaults() ? "defaults" : p.kind.keyword();
    }

    private void error(String message, String hint, String haproxy) {
        f.error(st.line(), message, hint, haproxy);
    }

    private void accepted() {
        p.extra.add(st);
        f.info(st.line(), "'" + fullKeyword(st) + "' is accepted, not simulated.",
                "The lab keeps it for export; it has no effect on the simulation.");
    }

    /** The keyword as a learner reads it: {@code option httplog}, not just {@code option}. */
    static String fullKeyword(Statement st) {
        int words = switch (st.keyword()) {
            case "option", "timeout", "stats", "http-request", "http-response", "tcp-request", "tcp-response",
                 "http-check", "tcp-check", "log-format", "stick" -> 2;
            case "no" -> "option".equals(st.word(1)) ? 3 : 2;
            default -> 1;
        };
        return String.join(" ", st.words().subList(0, Math.min(words, st.words().size())));
    }

    /**
     * HAProxy's {@code warnifnotcap()}: a keyword that needs a capability the section lacks is ignored with a
     * warning (reference §6.2 "Misplaced keywords"). Returns true when it warned.
     */
    private boolean warnIfNotCap(boolean needsFrontend, boolean needsBackend, String arg, String hint) {
        boolean ok = (!needsFrontend || p.hasFrontend()) && (!needsBackend || p.hasBackend());
        if (ok) {
            return false;
        }
        String missing = needsFrontend ? "frontend" : "backend";
        f.warning(st.line(), "'" + arg + "' has no effect in a " + section() + ": it needs a " + missing + ".",
                "Move it to a " + missing + " or listen section.",
                at() + "'" + arg + "' ignored because " + p.typeWord() + " '" + p.name + "' has no " + missing
                        + " capability." + (hint == null ? "" : hint));
        return true;
    }

    private void tooManyArgs(String keyword, String extra) {
        error("'" + keyword + "' does not take '" + extra + "'.", "Remove '" + extra + "' (or put it on its own line).",
                at() + "'" + keyword + "' cannot handle unexpected argument '" + extra + "'.");
    }

    private void unknownKeyword(String kw) {
        String best = DidYouMean.best(kw, Keywords.PROXY);
        error("Unknown keyword '" + kw + "' in a " + section() + " section"
                        + (best == null ? "." : "; did you mean '" + best + "'?"),
                best == null ? "Check the spelling, or move the line to the section it belongs to."
                        : "Write '" + best + "' instead of '" + kw + "'.",
                at() + "unknown keyword '" + kw + "' in '" + section() + "' section"
                        + (best == null ? "" : "; did you mean '" + best + "' maybe ?"));
    }

    private static boolean isCondition(String w) {
        return "if".equals(w) || "unless".equals(w);
    }

    // ---- keywords ----

    private void bind() {
        // HAProxy warns in a backend but still reads (and may reject) the addresses
        boolean ignored = warnIfNotCap(true, false, "bind", null);
        String addresses = st.word(1);
        if (addresses == null) {
            error("'bind' needs an address and a port.", "Write e.g. 'bind *:80'.",
                    at() + "'bind' expects {<path>|[addr1]:port1[-end1]}{,[addr]:port[-end]}... as arguments.");
            return;
        }
        List<Bind> found = new ArrayList<>();
        for (String part : addresses.split(",")) {
            String problem = ListenAddress.problem(part);
            if (problem != null) {
                error("'bind " + addresses + "' is not a valid address: " + problem + ".",
                        "Write the address as [address]:port, e.g. '*:80' or '127.0.0.1:8080', with a port "
                                + "from 1 to 65535.",
                        at() + "'bind' : " + problem);
                return;
            }
            int colon = part.lastIndexOf(':');
            String host = part.substring(0, colon);
            String ports = part.substring(colon + 1);
            int first = ListenAddress.leadingNumber(ports);
            int last = first;
            int dash = ports.indexOf('-');
            if (dash > 0 && ListenAddress.leadingNumber(ports.substring(dash + 1)) != null) {
                // a port range listens on every port of it; the lab caps it to keep the rack small
                last = Math.max(first, Math.min(ListenAddress.leadingNumber(ports.substring(dash + 1)), first + 99));
            }
            for (int port = first; port <= last; port++) {
                found.add(new Bind(host, port, st.line(), false));
            }
        }
        for (int i = 2; i < st.words().size(); i++) {
            String word = st.word(i);
            Integer args = BindKeywords.ARGS.get(word);
            if (args == null) {
                String best = DidYouMean.best(word, new java.util.TreeSet<>(BindKeywords.ARGS.keySet()));
                error("Unknown bind option '" + word + "'" + (best == null ? "." : "; did you mean '" + best + "'?"),
                        word.equals("\\") ? "A statement cannot continue on the next line: join the lines."
                                : "Check the spelling, or remove it.",
                        at() + "'bind " + addresses + "' in section '" + section() + "': unknown keyword '" + word
                                + "'" + (best == null ? "." : "; did you mean '" + best + "' maybe ?"));
                return;
            }
            if (args > 0 && st.word(i + 1) == null) {
                error("Bind option '" + word + "' needs a value.", "Add the value after '" + word + "'.",
                        at() + "'bind " + addresses + "' in section '" + section() + "' : '" + word
                                + "' : missing value");
                return;
            }
            String bad = BindKeywords.valueProblem(word, st.word(i + 1));
            if (bad != null) {
                error("Bind option '" + word + "': " + bad + ".", "Fix the value or remove the option.",
                        at() + "'bind " + addresses + "' in section '" + section() + "' : " + bad);
                return;
            }
            i += args;
        }
        if (st.words().size() > 2) {
            f.info(st.line(), "Bind options after the address are accepted, not simulated.",
                    "The lab listens on plain HTTP.");
        }
        if (!ignored) {
            p.binds.addAll(found);
        } else {
            p.ignoredBinds += found.size();
        }
    }

    private void mode() {
        String m = st.word(1);
        if ("health".equals(m)) {
            error("'mode health' was removed from HAProxy.", "Use 'http-request return status 200' instead.",
                    at() + "'mode health' doesn't exist anymore. Please use 'http-request return status 200' instead.");
            return;
        }
        if ("http".equals(m)) {
            p.mode = ProxyMode.HTTP;
        } else if ("tcp".equals(m)) {
            p.mode = ProxyMode.TCP;
        } else {
            error("Unknown mode '" + (m == null ? "" : m) + "'.", "Write 'mode http' or 'mode tcp'.",
                    at() + "unknown proxy mode '" + (m == null ? "" : m) + "'.");
        }
    }

    private void defaultBackend() {
        warnIfNotCap(true, false, "default_backend", null);
        String name = st.word(1);
        if (name == null) {
            error("'default_backend' needs a backend name.", "Write e.g. 'default_backend nodes'.",
                    at() + "'default_backend' expects a backend name.");
            return;
        }
        p.defaultBackend = name;
    }

    private void useBackend() {
        warnIfNotCap(true, false, "use_backend", null);
        String name = st.word(1);
        if (name == null) {
            error("'use_backend' needs a backend name.", "Write e.g. 'use_backend api if is_api'.",
                    at() + "'use_backend' expects a backend name.");
            return;
        }
        Condition cond = null;
        if (st.word(2) != null) {
            if (!isCondition(st.word(2))) {
                error("'use_backend' expects 'if' or 'unless' after the backend name.",
                        "Write 'use_backend " + name + " if <condition>'.",
                        at() + "unexpected keyword '" + st.word(2) + "' after switching rule, only 'if' and 'unless' "
                                + "are allowed.");
                return;
            }
            cond = condition(2, "error detected while parsing switching rule : ");
            if (cond == null) {
                return;
            }
        }
        p.seenUseBackend = true;
        // kept even in a backend: HAProxy ignores the rule there but still checks its target
        p.useBackends.add(new UseBackend(name, cond, st.line()));
    }

    /**
     * Reads {@code if|unless <terms>} starting at word <from>. Named ACLs must be declared above in this section
     * or be predefined. Returns null after reporting an error.
     */
    private Condition condition(int from, String errorPrefix) {
        boolean negate = st.word(from).equals("unless");
        List<String> words = st.words().subList(from + 1, st.words().size());
        // an empty condition ("if" alone) is accepted by HAProxy 2.6 and always matches
        int depth = 0;
        String previous = null;
        for (String w : words) {
            String before = previous;
            previous = w;
            if (w.equals("{")) {
                depth++;
                continue;
            }
            if (depth > 0 && "{".equals(before)) {
                String problem = fetchProblem(w);
                if (problem != null) {
                    error("The condition's criterion '" + w + "' is not valid: " + problem + ".",
                            "Use e.g. { path_beg /api }, { hdr(host) -i pi.lab } or { ssl_fc }.",
                            at() + errorPrefix + problem + ".");
                    return null;
                }
                continue;
            }
            if (w.equals("}")) {
                depth--;
                continue;
            }
            if (depth > 0 || w.equals("or") || w.equals("||") || w.equals("!")) {
                continue;
            }
            String name = w.startsWith("!") ? w.substring(1) : w;
            if (!ConfigParser.names(p.acls).contains(name) && !Keywords.PREDEFINED_ACLS.contains(name)) {
                error("The condition uses ACL '" + name + "', which is not declared in this section.",
                        "Declare it above with 'acl " + name + " <fetch> <value>', or check the spelling.",
                        at() + errorPrefix + "no such ACL : '" + name + "'.");
                return null;
            }
        }
        if (depth > 0) {
            error("A '{' in the condition is never closed.", "Close the anonymous ACL with ' }' (with a space).",
                    at() + errorPrefix + "missing closing '}' in condition.");
            return null;
        }
        return new Condition(negate, words);
    }

    /**
     * Why an ACL expression's first word is not a usable fetch, in HAProxy's words, or null. The name is the leading
     * run of HAProxy's identifier characters (letters, digits, '.', '_', '-', '+', ':'); an ACL keyword or a known
     * sample fetch, followed by '(' or ',' or nothing (acl.c parse_acl_expr, sample.c sample_parse_expr).
     */
    static String fetchProblem(String expr) {
        int i = 0;
        while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || ".-_+:".indexOf(expr.charAt(i)) >= 0)) {
            i++;
        }
        String name = expr.substring(0, i);
        boolean followedWell = i == expr.length() || expr.charAt(i) == '(' || expr.charAt(i) == ',';
        if (SampleFetches.aclKeyword(name)) {
            return followedWell ? null : "ACL keyword '" + name + "' : missing comma after fetch keyword.";
        }
        if (name.isEmpty()) {
            return "missing fetch method in ACL expression '" + expr + "'";
        }
        if (!SampleFetches.known(name)) {
            return "unknown fetch method '" + name + "' in ACL expression '" + expr + "'";
        }
        return followedWell ? null : "missing comma after fetch keyword '" + name + "' in ACL expression '" + expr
                + "'";
    }

    private void balance() {
        // HAProxy warns in a frontend but still reads (and may reject) the algorithm
        boolean ignored = warnIfNotCap(false, true, "balance", null);
        String algo = st.word(1);
        List<String> rest = st.words().size() > 2 ? st.words().subList(2, st.words().size()) : List.of();
        if (algo == null) {
            return; // HAProxy keeps the current algorithm
        }
        Balance b = switch (algo) {
            case "roundrobin", "static-rr", "leastconn", "first", "source", "uri", "url_param", "hash", "random",
                 "rdp-cookie" -> new Balance(algo, rest);
            default -> parenthesised(algo, rest);
        };
        if (b == null) {
            error("Unknown balance algorithm '" + algo + "'.",
                    "Use one of roundrobin, static-rr, leastconn, first, source, uri, url_param, hdr(<name>), "
                            + "random, rdp-cookie or hash.",
                    at() + BALANCE_ERROR);
            return;
        }
        if (!ignored) {
            p.balance = b;
        }
    }

    /** {@code hdr(name)}, {@code random(n)}, {@code rdp-cookie(name)}: the parenthesised part is argument 0. */
    private static Balance parenthesised(String algo, List<String> rest) {
        int open = algo.indexOf('(');
        if (open < 0 || !algo.endsWith(")")) {
            return null;
        }
        String name = algo.substring(0, open);
        if (!Set.of("hdr", "random", "rdp-cookie").contains(name)) {
            return null;
        }
        List<String> args = new ArrayList<>();
        args.add(algo.substring(open + 1, algo.length() - 1));
        args.addAll(rest);
        return new Balance(name, args);
    }

    private void server() {
        if (!p.hasBackend()) {
            String prefix = "[" + parser.fileName() + ":" + st.line() + "] : ";
            error("'server' lines belong in a backend or listen section, not in a " + section() + ".",
                    "Move the server to a backend and point the frontend at it with 'default_backend'.",
                    prefix + at() + "'server' not allowed because " + p.typeWord() + " '" + p.name
                            + "' has no backend capability.");
            return;
        }
        String prefix = "[" + parser.fileName() + ":" + st.line() + "] : ";
        if (p.isDefaults()) {
            error("'server' lines belong in a backend or listen section, not in defaults.",
                    "Move the server to a backend; use 'default-server' in defaults for shared settings.",
                    prefix + "'server' not allowed in 'defaults' section.");
            return;
        }
        if (st.words().size() < 3) {
            error("'server' needs a name and an address.", "Write e.g. 'server pi1 192.168.1.200:8000 check'.",
                    prefix + "'server' expects <name> and <addr>[:<port>] as arguments.");
            return;
        }
        String name = st.word(1);
        String addr = st.word(2);
        String who = prefix + "'server " + p.name + "/" + name + "' : ";
        Character badChar = ConfigParser.invalidNameChar(name);
        if (badChar != null) {
            error("The character '" + badChar + "' is not allowed in a server name.",
                    "Use letters, digits, '-', '_', '.' and ':', e.g. raspberrypi01.",
                    prefix + "character '" + badChar + "' is not permitted in server name '" + name + "'.");
            return;
        }
        String host = addr;
        Integer port = null;
        int colon = addr.lastIndexOf(':');
        // like HAProxy, the last colon starts the port: an IPv6 address needs brackets ([::1]:80)
        boolean hasPort = addr.startsWith("[") ? addr.contains("]:") : colon >= 0;
        if (hasPort) {
            host = addr.substring(0, colon);
            String portText = addr.substring(colon + 1);
            if (!portText.isEmpty()) {
                // like strtol: HAProxy reads the leading digits and only rejects a port that starts badly
                char c = portText.charAt(0);
                if (!Character.isDigit(c) && c != '+' && c != '-') {
                    error("The port of server '" + name + "' is not a number: '" + portText + "'.",
                            "Write the address as host:port, e.g. 192.168.1.200:8000.",
                            who + "invalid character '" + c + "' in port number '" + portText + "' in '" + addr
                                    + "'");
                    return;
                }
                if (Character.isDigit(c) && portText.indexOf('-') > 0) {
                    error("Server '" + name + "' has a port range; a server has one port.",
                            "Write a single port, e.g. " + host + ":8000.",
                            who + "port range not permitted here in '" + addr + "'");
                    return;
                }
                Integer n = ListenAddress.leadingNumber(portText);
                if (n == null || n > 65535) {
                    error("The port of server '" + name + "' is out of range: " + portText + ".",
                            "Use a port from 1 to 65535.", who + "invalid port '" + portText + "'");
                    return;
                }
                port = n;
            }
        }
        if (host.contains("..") || host.startsWith(".")) {
            error("'" + host + "' is not a valid address (server '" + name + "').",
                    "Check the dots, e.g. 192.168.1.200.", who + "Can't create DNS resolution for server '" + name
                            + "'");
            return;
        }
        ServerTemplate t = p.defaultServer.copy();
        if (!serverParams(t, 3, who, name)) {
            return;
        }
        p.servers.add(t.toServer(name, host, port, st.line()));
    }

    private void defaultServer() {
        String prefix = "[" + parser.fileName() + ":" + st.line() + "] : ";
        if (!p.hasBackend()) {
            error("'default-server' belongs in a backend, listen or defaults section, not in a " + section() + ".",
                    "Move it to the backend whose servers it configures.",
                    prefix + at() + "'default-server' not allowed because " + p.typeWord() + " '" + p.name
                            + "' has no backend capability.");
            return;
        }
        ServerTemplate t = p.defaultServer.copy();
        if (serverParams(t, 1, prefix, "default-server")) {
            p.defaultServer = t;
        }
    }

    /** Reads server keywords from word <from> into <t>; false after reporting an error (reference §1.1). */
    private boolean serverParams(ServerTemplate t, int from, String who, String name) {
        List<String> w = st.words();
        for (int i = from; i < w.size(); i++) {
            String kw = w.get(i);
            Integer nargs = Keywords.SERVER.get(kw);
            if (nargs == null) {
                List<String> candidates = new ArrayList<>(new java.util.TreeSet<>(Keywords.SERVER.keySet()));
                candidates.addAll(Keywords.SERVER_EXTRA);
                String best = DidYouMean.best(kw, candidates);
                error("Unknown server option '" + kw + "'" + (best == null ? "." : "; did you mean '" + best + "'?"),
                        best == null ? "Check the spelling (see 'check', 'inter', 'rise', 'fall', 'weight', "
                                + "'backup')." : "Write '" + best + "' instead of '" + kw + "'.",
                        who + "unknown keyword '" + kw + "'" + (best == null ? "." : "; did you mean '" + best
                                + "' maybe ?") + (name.equals("default-server")
                                ? " Hint: no address was expected for this server." : ""));
                return false;
            }
            String arg = nargs > 0 && i + 1 < w.size() ? w.get(i + 1) : null;
            // these read their value with atol(), so a missing one is 0 rather than an error
            if (nargs > 0 && arg == null && !Set.of("maxconn", "maxqueue", "minconn", "weight").contains(kw)) {
                String expects = switch (kw) {
                    case "inter", "fastinter", "downinter", "agent-inter" -> "a delay";
                    case "port", "agent-port" -> "a port number";
                    case "addr", "agent-addr" -> "an address";
                    default -> "an integer argument";
                };
                error("'" + kw + "' needs a value.", "Write e.g. '" + kw + " " + example(kw) + "'.",
                        who + "'" + kw + "' expects " + expects + (expects.startsWith("an integer") ? "" : " as "
                                + "argument") + "..");
                return false;
            }
            String problem = switch (kw) {
                case "check" -> {
                    t.check = true;
                    yield null;
                }
                case "no-check" -> {
                    t.check = false;
                    yield null;
                }
                case "backup" -> {
                    t.backup = true;
                    yield null;
                }
                case "no-backup" -> {
                    t.backup = false;
                    yield null;
                }
                case "disabled" -> {
                    t.disabled = true;
                    yield null;
                }
                case "enabled" -> {
                    t.disabled = false;
                    yield null;
                }
                case "inter", "fastinter", "downinter" -> interval(t, kw, arg, name);
                case "rise", "fall" -> {
                    Integer v = ListenAddress.leadingNumber(arg);
                    if (v == null || v <= 0) {
                        yield "'" + kw + "' has to be > 0..";
                    }
                    if (kw.equals("rise")) {
                        t.rise = v;
                    } else {
                        t.fall = v;
                    }
                    yield null;
                }
                case "weight" -> {
                    Integer v = arg == null ? null : ListenAddress.leadingNumber(arg);
                    int value = v == null ? 0 : v;
                    if (value > 256) {
                        yield "weight of server " + name + " is not within 0 and 256 (" + arg + ")..";
                    }
                    t.weight = value;
                    yield null;
                }
                case "port" -> {
                    Integer v = ListenAddress.leadingNumber(arg);
                    t.checkPort = v == null ? 0 : v;
                    yield null;
                }
                case "addr" -> {
                    t.checkAddr = arg;
                    yield null;
                }
                case "maxconn" -> {
                    Integer v = arg == null ? null : ListenAddress.leadingNumber(arg);
                    t.maxconn = v == null || v == 0 ? null : v;
                    yield null;
                }
                case "observe" -> {
                    if (!Set.of("none", "layer4", "layer7").contains(arg)) {
                        yield "'observe' expects one of 'none', 'layer4', 'layer7' but got '" + arg + "'.";
                    }
                    t.observe = arg.equals("none") ? null : arg;
                    yield null;
                }
                case "error-limit" -> {
                    Integer v = ListenAddress.leadingNumber(arg);
                    if (v == null || v <= 0) {
                        yield "error-limit has to be > 0..";
                    }
                    t.errorLimit = v;
                    yield null;
                }
                case "on-error" -> {
                    if (!Set.of("fastinter", "fail-check", "sudden-death", "mark-down").contains(arg)) {
                        yield "'on-error' expects one of 'fastinter', 'fail-check', 'sudden-death' or "
                                + "'mark-down' but got '" + arg + "'.";
                    }
                    t.onError = arg;
                    yield null;
                }
                default -> {
                    f.info(st.line(), "Server option '" + kw + "' is accepted, not simulated.",
                            "The lab ignores it.");
                    yield null;
                }
            };
            if (problem != null) {
                error("Server '" + name + "': " + problem.replaceAll("\\.+$", "."), "Fix the value of '" + kw
                        + "'.", who + problem);
                return false;
            }
            i += nargs;
        }
        return true;
    }

    private static String example(String kw) {
        return switch (kw) {
            case "inter", "fastinter", "downinter" -> "2s";
            case "rise" -> "2";
            case "fall" -> "3";
            case "weight" -> "10";
            case "observe" -> "layer7";
            case "on-error" -> "mark-down";
            case "port" -> "8000";
            default -> "<value>";
        };
    }

    /** inter/fastinter/downinter; HAProxy 2.6.12 names 'agent-inter' in the bad-character message (sic). */
    private String interval(ServerTemplate t, String kw, String arg, String name) {
        TimeValue v = TimeValue.parseMillis(arg);
        if (v.overflow()) {
            return "timer overflow in argument <" + arg + "> to <" + kw + "> of server " + name + ", maximum value is "
                    + "2147483647 ms (~24.8 days)..";
        }
        parser.warnTrailing(v, arg);
        if (!v.valid()) {
            return "unexpected character '" + v.badChar() + "' in 'agent-inter' argument of server " + name + "..";
        }
        if (v.duration().isZero()) {
            return "invalid value 0 for argument '" + kw + "' of server " + name + "..";
        }
        switch (kw) {
            case "inter" -> t.inter = v.duration();
            case "fastinter" -> t.fastinter = v.duration();
            default -> t.downinter = v.duration();
        }
        return null;
    }

    private void option(boolean negated) {
        int base = negated ? 1 : 0;
        String name = st.word(base + 1);
        if (name == null) {
            error("'option' needs an option name.", "Write e.g. 'option forwardfor'.",
                    at0() + "'option' expects an option name.");
            return;
        }
        String obsolete = ObsoleteKeywords.OPTIONS.get(name);
        if (obsolete != null) {
            error("'option " + name + "' was removed from HAProxy.", "Remove the line.",
                    at0() + String.format(obsolete, name));
            return;
        }
        if (negated && !Keywords.NEGATABLE_OPTIONS.contains(name)) {
            error("'no option " + name + "' is not possible: this option cannot be negated.",
                    "Remove the line (the option is off unless set).",
                    at0() + "negation/default is not supported for option '" + name + "'.");
            return;
        }
        if (!Keywords.OPTIONS.contains(name) && !Keywords.MORE_OPTIONS.contains(name)) {
            String best = DidYouMean.best(name, Keywords.OPTIONS);
            error("Unknown option '" + name + "'" + (best == null ? "." : "; did you mean '" + best + "'?"),
                    best == null ? "Check the spelling." : "Write 'option " + best + "'.",
                    at() + "unknown option '" + name + "'" + (best == null ? "." : "; did you mean '" + best
                            + "' maybe ?"));
            return;
        }
        if (Keywords.SIMPLE_OPTIONS.contains(name) && st.word(base + 2) != null) {
            tooManyArgs("option " + name, st.word(base + 2));
            return;
        }
        switch (name) {
            case "httpchk" -> {
                // HAProxy warns in a frontend but still reads the arguments (reference §7)
                warnIfNotCap(false, true, "httpchk", null);
                if (!negated) {
                    httpchk(base);
                }
            }
            case "forwardfor" -> {
                for (int i = base + 2; i < st.words().size(); i++) {
                    String a = st.word(i);
                    if (a.equals("except") || a.equals("header")) {
                        if (st.word(i + 1) == null) {
                            error("'option forwardfor " + a + "' needs a value.", a.equals("header")
                                    ? "Write e.g. 'option forwardfor header X-Client-IP'."
                                    : "Write e.g. 'option forwardfor except 127.0.0.0/8'.",
                                    at() + "'option forwardfor " + a + "' expects " + (a.equals("header")
                                            ? "<header_name>" : "<address>[/mask]") + " as argument.");
                            return;
                        }
                        i++;
                    } else if (!a.equals("if-none")) {
                        error("'option forwardfor' does not know '" + a + "'.",
                                "Use 'except <network>', 'header <name>' or 'if-none'.",
                                at() + "'option forwardfor' only supports optional values: 'except', 'header' and "
                                        + "'if-none'.");
                        return;
                    }
                }
                p.forwardFor = !negated;
            }
            case "redispatch" -> {
                if (!warnIfNotCap(false, true, "redispatch", null)) {
                    p.redispatch = !negated;
                }
            }
            case "allbackups" -> {
                if (!warnIfNotCap(false, true, "allbackups", null)) {
                    p.allBackups = !negated;
                }
            }
            case "httplog", "tcplog", "httpslog" -> {
                if (name.equals("httplog") && st.word(base + 2) != null && !st.word(base + 2).equals("clf")) {
                    error("'option httplog' only takes 'clf'.", "Write 'option httplog' (or 'option httplog clf').",
                            at() + "keyword 'httplog' only supports option 'clf'.");
                    return;
                }
                if (p.isDefaults() && p.logFormatName != null && !negated) {
                    // HAProxy 2.6 names httpslog 'option httplog' in this message (sic)
                    String now = name.equals("tcplog") ? "option tcplog" : "option httplog";
                    f.warning(st.line(), "This log format replaces the one set above in the same defaults.",
                            "Keep one log format line per defaults section.",
                            at0() + "'" + now + "' overrides previous '" + p.logFormatName + "' in 'defaults' "
                                    + "section.");
                }
                p.logFormatName = negated ? null : "option " + name;
                p.logFormat = !negated;
                p.httpLogLine = !negated && !name.equals("tcplog") ? st.line() : 0;
                p.httpLogName = name;
                if (!p.hasFrontend()) {
                    f.warning(st.line(), "'option " + name + "' has no effect in a backend.",
                            "Put it in the frontend (or in defaults).",
                            at() + "backend '" + p.name + "' : 'option " + name + "' directive is ignored in "
                                    + "backends.");
                } else {
                    accepted();
                }
            }
            default -> acceptedWithCapability("option " + name, name);
        }
    }

    /** An accepted keyword or option the lab does not simulate, warned about where HAProxy warns. */
    private void acceptedWithCapability(String key, String arg) {
        boolean fe = Keywords.FRONTEND_ONLY.contains(key);
        boolean be = Keywords.BACKEND_ONLY.contains(key);
        String hint = key.equals("fullconn") ? " Maybe you want 'maxconn' instead ?" : null;
        if ((fe || be) && warnIfNotCap(fe, be, arg, hint)) {
            return;
        }
        accepted();
    }

    /** {@code log global} only gives an address when the global section has a {@code log} line. */
    private void log() {
        String target = st.word(1);
        if ("global".equals(target) && st.words().size() == 2) {
            p.logTarget = parser.globalHasLog();
        } else if (target != null) {
            p.logTarget = true;
        }
    }

    /**
     * {@code option httpchk [<method>] [<uri>] [<version>]}. A version holding {@code \r\n} hides headers
     * (the tutorial's {@code HTTP/1.1\r\nHost:localhost}): accepted with a deprecation warning (reference §0).
     */
    private void httpchk(int base) {
        List<String> args = st.words().subList(base + 2, st.words().size());
        if (args.size() > 3) {
            error("'option httpchk' takes at most a method, a URI and a version.",
                    "Use 'http-check send hdr <name> <value>' to add headers.",
                    at() + "'option httpchk' cannot handle unexpected argument '" + args.get(3) + "'.");
            return;
        }
        HttpCheck d = HttpCheck.defaults();
        String method = d.method();
        String uri = d.uri();
        String version = d.version();
        List<HttpCheck.Header> headers = new ArrayList<>();
        if (args.size() == 1) {
            uri = args.get(0);
        } else if (args.size() >= 2) {
            method = args.get(0);
            uri = args.get(1);
        }
        if (args.size() == 3) {
            version = args.get(2);
            int crlf = version.indexOf("\r\n");
            if (crlf >= 0) {
                f.warning(st.line(), "Hiding headers in the version of 'option httpchk' is deprecated.",
                        "Write 'option httpchk " + method + " " + uri + " " + version.substring(0, crlf)
                                + "' and add each header with 'http-check send hdr <name> <value>'.",
                        at0() + "'option httpchk' : hiding headers or body at the end of the version string is "
                                + "deprecated. Please, consider to use 'http-check send' directive instead.");
                for (String h : version.substring(crlf + 2).split("\r\n")) {
                    int c = h.indexOf(':');
                    if (c > 0) {
                        headers.add(new HttpCheck.Header(h.substring(0, c).trim(), h.substring(c + 1).trim()));
                    }
                }
                version = version.substring(0, crlf);
            }
        }
        p.httpCheck = new HttpCheck(method, uri, version, headers);
        if (p.httpCheckSend != null) {
            p.httpCheck = p.httpCheckSend.applyTo(p.httpCheck);
        }
    }

    private void httpCheck() {
        // HAProxy warns in a frontend but still reads the rule (and rejects a bad one)
        warnIfNotCap(false, true, "http-check", null);
        String sub = st.word(1);
        if (sub == null) {
            sub = "";
        }
        switch (sub) {
            case "send" -> httpCheckSend();
            case "expect" -> httpCheckExpect();
            case "disable-on-404", "send-state", "comment", "connect" -> accepted();
            default -> {
                if (sub.startsWith("set-var") || sub.startsWith("unset-var")) {
                    accepted();
                    return;
                }
                error("Unknown 'http-check' rule '" + sub + "'.", "Use 'http-check send' or 'http-check expect'.",
                        at() + "'http-check' only supports 'disable-on-404', 'send-state', 'comment', 'connect', "
                                + "'send', 'expect', 'set-var-fmt(*)', 'set-var(*)', 'unset-var(*)'. but got '"
                                + sub + "'");
            }
        }
    }

    private void httpCheckSend() {
        HttpCheckSend send = p.httpCheckSend == null ? new HttpCheckSend() : p.httpCheckSend;
        List<String> w = st.words();
        for (int i = 2; i < w.size(); i++) {
            String k = w.get(i);
            String v = i + 1 < w.size() ? w.get(i + 1) : null;
            switch (k) {
                case "meth" -> send.method = v;
                case "uri", "uri-lf" -> send.uri = v;
                case "ver" -> send.version = v;
                case "hdr" -> {
                    String value = i + 2 < w.size() ? w.get(i + 2) : null;
                    if (v == null || value == null) {
                        error("'http-check send hdr' needs a name and a value.", "Write e.g. 'hdr Host localhost'.",
                                at() + "'http-check send' : 'hdr' expects <name> and <value> as arguments.");
                        return;
                    }
                    send.headers.add(new HttpCheck.Header(v, value));
                    i++;
                }
                case "body", "body-lf", "comment" -> {
                    // accepted, not simulated
                }
                default -> {
                    error("Unknown 'http-check send' argument '" + k + "'.",
                            "Use meth, uri, ver, hdr or body.",
                            at() + "'http-check send' : expects 'comment', 'meth', 'uri', 'uri-lf', 'ver', 'hdr', "
                                    + "'body' or 'body-lf' but got '" + k + "' as argument.");
                    return;
                }
            }
            if (v == null) {
                error("'" + k + "' needs a value.", "Write e.g. 'http-check send meth GET uri /health'.",
                        at() + "'http-check send' : '" + k + "' expects <value> as argument.");
                return;
            }
            i++;
        }
        p.httpCheckSend = send;
        if (p.httpCheckRulesLine == 0) {
            p.httpCheckRulesLine = st.line();
        }
        if (p.httpCheck != null) {
            p.httpCheck = send.applyTo(p.httpCheck);
        }
    }

    private void httpCheckExpect() {
        List<String> w = st.words();
        int i = 2;
        boolean negate = false;
        if (i < w.size() && w.get(i).equals("!")) {
            negate = true;
            i++;
        }
        if (i >= w.size()) {
            error("'http-check expect' needs what to match, e.g. 'status 200'.",
                    "Write e.g. 'http-check expect status 200'.",
                    at() + "'http-check expect' : expects at least a matching pattern as arguments.");
            return;
        }
        String match = w.get(i);
        if (match.startsWith("!")) {
            negate = true;
            match = match.substring(1);
        }
        Set<String> known = Set.of("min-recv", "string", "rstring", "string-lf", "status", "rstatus", "hdr", "fhdr",
                "comment");
        if (!known.contains(match)) {
            error("Unknown 'http-check expect' match '" + w.get(i) + "'.",
                    "Use e.g. 'status 200', 'rstatus ^2', 'string OK'.",
                    at() + "'http-check expect' : 'only supports min-recv, [!]string', '[!]rstring', "
                            + "'[!]string-lf', '[!]status', '[!]rstatus', [!]hdr, [!]fhdr or comment but got '"
                            + w.get(i) + "' as argument..");
            return;
        }
        String pattern = i + 1 < w.size() ? w.get(i + 1) : null;
        if (pattern == null) {
            error("'http-check expect " + match + "' needs a pattern.", "Write e.g. 'http-check expect status 200'.",
                    at() + "'http-check expect' : '" + match + "' expects <pattern> as an argument..");
            return;
        }
        p.httpCheckExpect = new HttpCheckExpect(negate, match, pattern);
        if (p.httpCheckRulesLine == 0) {
            p.httpCheckRulesLine = st.line();
        }
    }

    private void httpRequest() {
        if (p.isDefaults() && p.name.isEmpty()) {
            error("'http-request' rules are not allowed in an anonymous defaults section.",
                    "Move the rule to the frontend or backend, or give the defaults section a name.",
                    at() + "'http-request' not allowed in anonymous 'defaults' section.");
            return;
        }
        String action = st.word(1) == null ? "" : st.word(1);
        if (!knownAction(action)) {
            List<String> names = Keywords.HTTP_REQUEST_ACTIONS.stream().map(a -> a.replace("(*)", "")).toList();
            String best = DidYouMean.best(action, names);
            error("Unknown http-request action '" + action + "'" + (best == null ? "." : "; did you mean '" + best
                            + "'?"),
                    best == null ? "Use e.g. set-header, add-header, del-header, deny or return."
                            : "Write 'http-request " + best + "'.",
                    at0() + "'http-request' expects " + Keywords.HTTP_REQUEST_ACTIONS.stream()
                            .map(a -> "'" + a + "', ").reduce("", String::concat) + "but got '" + action + "'"
                            + (action.isEmpty() ? " (missing argument)" : "") + "."
                            + (best == null ? "" : " Did you mean '" + best + "' maybe ?"));
            return;
        }
        List<String> w = st.words();
        String rulePrefix = "error detected in " + p.typeWord() + " '" + p.name + "' while parsing 'http-request "
                + action + "' rule : ";
        int end;
        switch (action) {
            case "set-header", "add-header" -> {
                // the action takes the next two words, whatever they are (so "https if" would be name and value)
                if (st.word(2) == null || st.word(3) == null) {
                    error("'http-request " + action + "' needs a header name and a value.",
                            "Write e.g. 'http-request " + action + " X-Forwarded-Port %[dst_port]'.",
                            at() + rulePrefix + "expects exactly 2 arguments.");
                    return;
                }
                String formatProblem = LogFormat.problem(st.word(3));
                if (formatProblem != null) {
                    error("The header value '" + st.word(3) + "' is not a valid log-format string: " + formatProblem
                                    + ".", "Use %[fetch] for values (e.g. %[dst_port]) and %% for a literal '%'.",
                            at() + rulePrefix + formatProblem + ".");
                    return;
                }
                end = 4;
            }
            case "del-header" -> {
                if (st.word(2) == null) {
                    error("'http-request del-header' needs a header name.", "Write e.g. 'http-request del-header "
                            + "X-Debug'.", at() + rulePrefix + "expects at least 1 argument.");
                    return;
                }
                end = "-m".equals(st.word(3)) ? 5 : 3;
            }
            case "allow" -> end = 2;
            case "deny", "return", "tarpit" -> {
                end = 2;
                while (end < w.size() && REPLY_ARGS.containsKey(w.get(end))) {
                    end += 1 + REPLY_ARGS.get(w.get(end));
                }
            }
            default -> {
                end = 2;
                while (end < w.size() && !isCondition(w.get(end))) {
                    end++;
                }
            }
        }
        end = Math.min(end, w.size());
        List<String> args = w.subList(2, end);
        Condition cond = null;
        if (end < w.size()) {
            if (!isCondition(w.get(end))) {
                error("'" + w.get(end) + "' comes after the arguments of 'http-request " + action + "'.",
                        "Put 'if' or 'unless' before a condition, or quote a value that has spaces.",
                        at0() + "'http-request " + action + "' expects either 'if' or 'unless' followed by a "
                                + "condition but found '" + w.get(end) + "'.");
                return;
            }
            cond = condition(end, "error detected while parsing an 'http-request " + action + "' condition : ");
            if (cond == null) {
                return;
            }
        }
        warnIfMisplaced("http-request", true);
        switch (action) {
            case "set-header" -> p.requestRules.add(new HeaderRule(HeaderRule.Action.SET_HEADER, args.get(0),
                    args.get(1), cond, st.line()));
            case "add-header" -> p.requestRules.add(new HeaderRule(HeaderRule.Action.ADD_HEADER, args.get(0),
                    args.get(1), cond, st.line()));
            case "del-header" -> p.requestRules.add(new HeaderRule(HeaderRule.Action.DEL_HEADER, args.get(0), null,
                    cond, st.line()));
            case "allow" -> p.accessRules.add(new AccessRule(AccessRule.Action.ALLOW, 0, null, null, cond,
                    st.line()));
            case "deny" -> p.accessRules.add(new AccessRule(AccessRule.Action.DENY,
                    intAfter(args, "deny_status", 403), null, null, cond, st.line()));
            case "return" -> p.accessRules.add(new AccessRule(AccessRule.Action.RETURN, intAfter(args, "status", 200),
                    valueAfter(args, "content-type"), valueAfter(args, "string"), cond, st.line()));
            default -> {
                p.ruleLines.add(st.line());
                accepted();
            }
        }
    }

    /**
     * HAProxy evaluates http-request rules, then redirect rules, then use_backend, then use-server, whatever their
     * order in the file; a rule written after a later stage gets a warning (cfgparse-listen.c warnif_misplaced_*).
     */
    private void warnIfMisplaced(String arg, boolean httpRequest) {
        String after = null;
        if (httpRequest && p.seenRedirect) {
            after = "a 'redirect'";
        } else if (!p.useBackends.isEmpty() || p.seenUseBackend) {
            after = "a 'use_backend'";
        } else if (p.seenUseServer) {
            after = "a 'use-server'";
        }
        if (after != null) {
            f.warning(st.line(), "This '" + arg + "' rule runs before the " + after.substring(after.indexOf('\'')) 
                            + " rule above it, whatever the order in the file.",
                    "Move it above the " + after.substring(after.indexOf('\'')) + " rule to match what HAProxy does.",
                    at() + "a '" + arg + "' rule placed after " + after + " rule will still be processed before.");
        }
    }

    private static boolean knownAction(String action) {
        for (String a : Keywords.HTTP_REQUEST_ACTIONS) {
            if (a.endsWith("(*)") ? action.startsWith(a.substring(0, a.length() - 3) + "(") : a.equals(action)) {
                return true;
            }
        }
        return false;
    }

    private static int intAfter(List<String> args, String key, int fallback) {
        String v = valueAfter(args, key);
        Integer n = v == null ? null : ListenAddress.leadingNumber(v);
        return n == null ? fallback : n;
    }

    private static String valueAfter(List<String> args, String key) {
        int i = args.indexOf(key);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    private void timeout() {
        String name = st.word(1);
        if (name == null || !TIMEOUTS.contains(name)) {
            String best = name == null ? null : DidYouMean.best(name, TIMEOUTS);
            error("Unknown timeout '" + (name == null ? "" : name) + "'"
                            + (best == null ? "." : "; did you mean '" + best + "'?"),
                    "Use timeout connect, client, server, check, queue or http-request.",
                    at() + "'timeout' supports 'client', 'server', 'connect', 'check', 'queue', 'http-keep-alive', "
                            + "'http-request', 'tunnel', 'tarpit', 'client-fin' and 'server-fin' (got '"
                            + (name == null ? "" : name) + "')");
            return;
        }
        String value = st.word(2);
        if (value == null) {
            error("'timeout " + name + "' needs a value.", "Write e.g. 'timeout " + name + " 5s'.",
                    at() + "'timeout " + name + "' expects an integer value (in milliseconds)");
            return;
        }
        TimeValue t = TimeValue.parseMillis(value);
        if (t.overflow()) {
            error("'" + value + "' is too long for a timeout.", "Use at most 24 days (e.g. 24d is too much, 20d "
                    + "is fine).", at() + "timer overflow in argument '" + value + "' to 'timeout " + name
                    + "' (maximum value is 2147483647 ms or ~24.8 days)");
            return;
        }
        parser.warnTrailing(t, value);
        if (!t.valid()) {
            error("'" + value + "' is not a time value.", "Write a number with an optional unit us, ms, s, m, h "
                            + "or d, e.g. 5s (no unit means milliseconds).",
                    at() + "unexpected character '" + t.badChar() + "' in 'timeout " + name + "'");
            return;
        }
        if (st.word(3) != null) {
            error("'timeout " + name + "' takes one value; '" + st.word(3) + "' is extra.",
                    "Write the unit right after the number, without a space: e.g. 5s.",
                    at() + "'timeout " + name + "' : unexpected extra argument '" + st.word(3) + "' after value '"
                            + value + "'.");
            return;
        }
        boolean fe = FE_TIMEOUTS.contains(name);
        boolean be = BE_TIMEOUTS.contains(name);
        if ((fe && !p.hasFrontend()) || (be && !p.hasBackend())) {
            String missing = fe ? "frontend" : "backend";
            f.warning(st.line(), "'timeout " + name + "' has no effect in a " + section() + ".",
                    "Move it to a " + missing + " or listen section (or to defaults).",
                    at() + "'timeout " + name + "' will be ignored because " + p.typeWord() + " '" + p.name
                            + "' has no " + missing + " capability");
            return;
        }
        switch (name) {
            case "connect" -> p.connect = t.duration();
            case "client" -> p.client = t.duration();
            case "server" -> p.server = t.duration();
            case "check" -> p.check = t.duration();
            case "http-request" -> p.httpRequest = t.duration();
            case "queue" -> p.queue = t.duration();
            default -> accepted();
        }
    }

    private void retries() {
        if (warnIfNotCap(false, true, "retries", null)) {
            return;
        }
        String v = st.word(1);
        if (v == null) {
            error("'retries' needs a number.", "Write e.g. 'retries 3'.",
                    at() + "'retries' expects an integer argument (dispatch counts for one).");
            return;
        }
        Integer n = ListenAddress.leadingNumber(v);
        p.retries = n == null ? 0 : n;
    }

    private void errorFile() {
        String code = st.word(1);
        String file = st.word(2);
        if (code == null || file == null) {
            error("'errorfile' needs a status code and a file.", "Write e.g. 'errorfile 503 "
                    + "/etc/haproxy/errors/503.http'.",
                    at() + "errorfile : expects <status_code> and <file> as arguments.");
            return;
        }
        Integer status = ListenAddress.atoi(code);
        if (!Keywords.ERRORFILE_CODES.contains(status)) {
            error("HAProxy cannot replace the page for status " + code + ".",
                    "Use one of " + Keywords.ERRORFILE_CODES.stream().sorted().map(String::valueOf)
                            .reduce((a, b) -> a + ", " + b).orElse("") + ".",
                    at() + "errorfile : status code '" + status + "' not handled.");
            return;
        }
        // the file system ignores repeated slashes and "/./", so HAProxy opens /etc//haproxy/errors/503.http too
        String normalised = file.replaceAll("/(\\./)+", "/").replaceAll("/{2,}", "/");
        if (!Keywords.DEBIAN_ERROR_FILES.contains(normalised)) {
            // HAProxy reads the file while parsing; the lab knows only the pages Debian's package installs
            error("There is no file '" + file + "' on a Debian HAProxy machine (the lab has only Debian's pages).",
                    "Use one of /etc/haproxy/errors/{400,403,408,500,502,503,504}.http.",
                    at() + "errorfile : error opening file '" + file + "'.");
            return;
        }
        p.errorFiles.put(status, file);
    }

    private void stats() {
        String sub = st.word(1) == null ? "" : st.word(1);
        switch (sub) {
            case "enable" -> p.statsEnabled = true;
            case "uri" -> {
                if (st.word(2) == null) {
                    error("'stats uri' needs a URI prefix.", "Write e.g. 'stats uri /stats'.",
                            at() + "'uri' needs an URI prefix.");
                    return;
                }
                p.statsUri = st.word(2);
            }
            case "realm" -> {
                if (st.word(2) == null) {
                    error("'stats realm' needs a realm.", "Write e.g. 'stats realm Pi\\ Lab'.",
                            at() + "'realm' needs an realm name.");
                    return;
                }
                p.statsRealm = st.word(2);
            }
            case "auth" -> {
                if (st.word(2) == null) {
                    error("'stats auth' needs user:password.", "Write e.g. 'stats auth admin:secret'.",
                            at() + "'auth' needs a user:password account.");
                    return;
                }
                String user = st.word(2).split(":", 2)[0];
                if (p.statsAuth.stream().anyMatch(a -> a.split(":", 2)[0].equals(user))) {
                    f.warning(st.line(), "User '" + user + "' already has a 'stats auth' line; this one is ignored.",
                            "Keep one 'stats auth' line per user.",
                            "uri auth: ignoring duplicated user '" + user + "'.");
                    return;
                }
                p.statsAuth.add(st.word(2));
            }
            case "hide-version" -> p.statsHideVersion = true;
            case "refresh" -> {
                if (st.word(2) == null) {
                    return; // HAProxy reads an empty value as "no refresh"
                }
                TimeValue t = TimeValue.parseSeconds(st.word(2));
                if (t.overflow()) {
                    error("'stats refresh' is too long.", "Write e.g. 'stats refresh 5s'.",
                            at0() + "timer overflow in argument <" + st.word(2) + "> to stats refresh interval, "
                                    + "maximum value is 2147483647 s (~68 years).");
                    return;
                }
                parser.warnTrailing(t, st.word(2));
                if (!t.valid()) {
                    error("'" + st.word(2) + "' is not a delay.", "Write e.g. 'stats refresh 5s' (no unit means "
                                    + "seconds here).",
                            at0() + "unexpected character '" + t.badChar() + "' in argument to stats refresh "
                                    + "interval.");
                    return;
                }
                p.statsRefresh = t.duration().isZero() ? null : t.duration();
            }
            case "admin" -> {
                if (p.isDefaults()) {
                    error("'stats admin' is not allowed in a defaults section.",
                            "Put it in the listen section that serves the stats page.",
                            at0() + "'stats admin' not allowed in 'defaults' section.");
                    return;
                }
                if (!isCondition(st.word(2))) {
                    error("'stats admin' needs a condition.", "Write e.g. 'stats admin if TRUE'.",
                            at() + "'stats admin' requires either 'if' or 'unless' followed by a condition.");
                    return;
                }
                Condition c = condition(2, "error detected while parsing a 'stats admin' rule : ");
                if (c != null) {
                    p.statsAdmin = c;
                }
            }
            case "scope", "show-node", "show-desc", "show-legends", "http-request" -> accepted();
            default -> error(sub.isEmpty() ? "'stats' needs a keyword." : "Unknown stats keyword '" + sub + "'.",
                    "Use stats enable, uri, realm, auth, hide-version, refresh or admin.",
                    at0() + (sub.isEmpty() ? "missing keyword in 'stats'" : "unknown stats parameter '" + sub + "'")
                            + ", expects 'admin', 'uri', 'realm', 'auth', "
                            + "'scope', 'enable', 'hide-version', 'show-node', 'show-desc' or 'show-legends'.");
        }
    }

    private void acl() {
        if (p.isDefaults() && p.name.isEmpty()) {
            error("'acl' is not allowed in an anonymous defaults section.",
                    "Declare the ACL in the section that uses it, or give the defaults section a name.",
                    at() + "'acl' not allowed in anonymous 'defaults' section.");
            return;
        }
        String name = st.word(1) == null ? "" : st.word(1);
        String criterion = st.word(2) == null ? "" : st.word(2);
        Character bad = ConfigParser.invalidNameChar(name);
        if (bad != null) {
            error("The character '" + bad + "' is not allowed in an ACL name.",
                    "Use letters, digits, '-', '_', '.' and ':'.",
                    at() + "character '" + bad + "' is not permitted in acl name '" + name + "'.");
            return;
        }
        if (name.equalsIgnoreCase("or")) {
            error("An ACL cannot be called 'or': that word joins conditions.", "Choose another name, e.g. is_api.",
                    at() + "acl name '" + name + "' will never match. 'or' is used to express a logical disjunction "
                            + "within a condition.");
            return;
        }
        String problem = fetchProblem(criterion);
        if (problem != null) {
            error("The criterion '" + criterion + "' of ACL '" + name + "' is not valid: " + problem + ".",
                    "Use e.g. path, path_beg, hdr(host), method or src.",
                    at() + "error detected while parsing ACL '" + name + "' : " + problem + ".");
            return;
        }
        p.acls.add(new Acl(name, criterion, st.words().subList(3, st.words().size()), st.line()));
    }
}
