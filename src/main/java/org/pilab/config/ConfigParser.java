package org.pilab.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a haproxy.cfg text into the model, reporting problems in the order and the words of HAProxy 2.6.12's
 * {@code readcfgfile()}: statement by statement, every line even after an error (reference §6.1, §6.2, §6.5).
 * Checks that HAProxy only makes once the whole file is read live in {@link ValidityChecks}.
 */
final class ConfigParser {

    private enum Section { NONE, GLOBAL, PROXY, OTHER }

    private final String fileName;
    private final String text;
    private final boolean lenient;
    private final Findings findings = new Findings();

    private Section section = Section.NONE;
    /** The section being filled, or null after a section line HAProxy rejected. */
    private ProxyBuilder current;
    private ProxyBuilder defaults = new ProxyBuilder(null, "", 0);
    private final Map<String, ProxyBuilder> namedDefaults = new HashMap<>();
    private final List<ProxyBuilder> proxies = new ArrayList<>();
    private final List<Statement> globalStatements = new ArrayList<>();
    private int globalLine;
    private String statsSocket;

    /** The current statement, for message prefixes. */
    private Statement st;

    private ConfigParser(String fileName, String text, boolean lenient) {
        this.fileName = fileName;
        this.text = text;
        this.lenient = lenient;
    }

    /** What reading a file produced. {@code proxies} are still builders: post-parse checks need their details. */
    record Result(Findings findings, List<ProxyBuilder> proxies, Global global) {
    }

    static Result parse(String fileName, String text, boolean lenient) {
        return new ConfigParser(fileName, text, lenient).run();
    }

    private Result run() {
        String[] lines = text.split("\n", -1);
        // "a\nb\n" splits into [a, b, ""]: the empty tail is not a line
        int count = text.endsWith("\n") || text.isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String raw = lines[i];
            if (raw.endsWith("\r")) {
                raw = raw.substring(0, raw.length() - 1);
            }
            int lineNo = i + 1;
            parseLine(lineNo, raw);
            if (i == count - 1 && !text.endsWith("\n")) {
                // reference §6.1: the last line must end with LF; HAProxy still parses it first
                findings.error(lineNo, "The last line has no line break at its end.",
                        "Press Enter after the last line so the file ends with a newline.",
                        "parsing [" + fileName + ":" + lineNo + "]: Missing LF on last line, file might have been "
                                + "truncated at position " + (lines[i].length() + 1) + ".");
            }
        }
        Global global = new Global(globalLine, globalStatements, statsSocket);
        return new Result(findings, proxies, global);
    }

    private void parseLine(int lineNo, String raw) {
        Lexer.Line lexed = Lexer.split(raw);
        if (lexed.unmatchedQuote()) {
            String trimmed = raw.stripLeading();
            int column = lexed.unmatchedQuoteAt() - (raw.length() - trimmed.length());
            findings.error(lineNo, "A quote opened at column " + lexed.unmatchedQuoteAt() + " is never closed.",
                    "Close the quote on the same line (a statement cannot continue on the next line).",
                    "parsing [" + fileName + ":" + lineNo + "]: unmatched quote at position "
                            + lexed.unmatchedQuoteAt() + ":\n  " + trimmed + "\n  " + " ".repeat(column - 1) + "^");
            return;
        }
        if (lexed.words().isEmpty()) {
            return;
        }
        st = new Statement(lineNo, lexed.words(), raw);
        String kw = st.keyword();
        if ((kw.equals("no") || kw.equals("default")) && !Set.of("option", "log", "busy-polling", "set-dumpable",
                "strict-limits", "insecure-fork-wanted", "numa-cpu-mapping").contains(String.valueOf(st.word(1)))) {
            findings.error(lineNo, "'" + kw + "' can only prefix option, log and a few global keywords.",
                    "Remove '" + kw + "', or write e.g. 'no option httplog'.",
                    at0() + "negation/default currently supported only for options, log, busy-polling, set-dumpable, "
                            + "strict-limits, insecure-fork-wanted and numa-cpu-mapping.");
            return;
        }
        if (kw.startsWith(".")) {
            directive();
            return;
        }
        if (kw.equals("global")) {
            section = Section.GLOBAL;
            globalLine = lineNo;
            current = null;
            if (st.word(1) != null) {
                tooManyArgs("global", st.word(1));
            }
        } else if (Keywords.PROXY_SECTIONS.contains(kw)) {
            section = Section.PROXY;
            openProxy();
        } else if (Keywords.OTHER_SECTIONS.contains(kw)) {
            section = Section.OTHER;
            current = null;
            openOtherSection();
        } else {
            switch (section) {
                case NONE -> findings.error(lineNo, "'" + kw + "' is outside any section.",
                        "Start a section first (global, defaults, frontend, backend or listen), or check the "
                                + "spelling of the section name.",
                        at0() + "unknown keyword '" + kw + "' out of section.");
                case GLOBAL -> parseGlobal();
                case OTHER -> {
                    // content of sections the lab does not simulate is not checked
                }
                case PROXY -> {
                    if (current == null) {
                        findings.error(lineNo, "This line belongs to a section HAProxy refused to open.",
                                "Fix the section line above (e.g. write 'listen stats' and put the address on "
                                        + "a 'bind' line).",
                                at() + "'listen' or 'defaults' expected.");
                    } else {
                        new ProxyStatementParser(this, current, st).parse();
                    }
                }
            }
        }
    }

    /**
     * Conditional blocks and messages ({@code .if}, {@code .notice}, ...; CFG 2.4). The lab does not evaluate
     * conditions: every block is read as if its condition were true.
     */
    private void directive() {
        String kw = st.keyword();
        switch (kw) {
            case ".if", ".elif", ".else", ".endif", ".notice", ".diag" -> findings.info(st.line(),
                    "'" + kw + "' is accepted, not simulated: the lab reads every conditional block.",
                    "Avoid conditional blocks in lab configs.");
            case ".warning" -> findings.warning(st.line(), "The config asks for a warning here.",
                    "Remove the '.warning' line.", at0() + String.join(" ", st.words().subList(1,
                            st.words().size())));
            case ".alert" -> findings.error(st.line(), "The config asks for an error here.",
                    "Remove the '.alert' line.", at0() + String.join(" ", st.words().subList(1,
                            st.words().size())));
            default -> findings.error(st.line(), "Unknown directive '" + kw + "'.",
                    "Lines may not start with '.' unless they are .if/.elif/.else/.endif/.notice/.warning/.alert.",
                    at0() + "unknown directive '" + kw + "'.");
        }
    }

    // ---- message helpers shared with the statement parsers ----

    String fileName() {
        return fileName;
    }

    Findings findings() {
        return findings;
    }

    /** {@code parsing [file:N] : } — the common HAProxy prefix. */
    String at() {
        return "parsing [" + fileName + ":" + st.line() + "] : ";
    }

    /** {@code parsing [file:N]: } — the prefix some messages use, without the space. */
    String at0() {
        return "parsing [" + fileName + ":" + st.line() + "]: ";
    }

    boolean globalHasLog() {
        return globalStatements.stream().anyMatch(s -> s.keyword().equals("log") && s.word(1) != null);
    }

    // ---- global ----

    private void tooManyArgs(String keyword, String extra) {
        findings.error(st.line(), "'" + keyword + "' does not take '" + extra + "'.",
                "Remove '" + extra + "' (or put it on its own line).",
                at() + "'" + keyword + "' cannot handle unexpected argument '" + extra + "'.");
    }

    private void parseGlobal() {
        String kw = st.keyword();
        globalStatements.add(st);
        Integer max = Keywords.GLOBAL_MAX_ARGS.get(kw);
        if (max != null && st.words().size() > max + 1) {
            tooManyArgs(kw, st.word(max + 1));
            return;
        }
        Map.Entry<Boolean, String> needsArg = Keywords.GLOBAL_ARG_MESSAGES.get(kw);
        if (needsArg != null && st.word(1) == null) {
            findings.error(st.line(), "'" + kw + "' needs a value.", "Add the value after '" + kw + "'.",
                    (needsArg.getKey() ? at() : at0()) + needsArg.getValue());
            return;
        }
        if (kw.equals("stats") && !globalStats()) {
            return;
        }
        if (kw.equals("log")) {
            String problem = LogLine.problem(st.words(), true);
            if (problem != null) {
                findings.error(st.line(), "This 'log' line is not valid: " + problem + ".",
                        "Write e.g. 'log /dev/log local0' (address, then facility, then optional levels).",
                        at() + "log : " + problem);
                return;
            }
        }
        String duplicate = duplicateGlobal(kw);
        if (duplicate != null) {
            // HAProxy prints an ALERT but keeps going and still accepts the file
            findings.nonFatalAlert(st.line(), "'" + kw + "' is already set above; HAProxy keeps the first value.",
                    "Remove one of the two lines.", at() + duplicate);
            return;
        }
        String account = st.word(1) == null ? "" : st.word(1);
        if ((kw.equals("user") || kw.equals("group")) && !Keywords.SYSTEM_ACCOUNTS.contains(account)) {
            // HAProxy looks the name up in the system's accounts when it parses the line
            findings.error(st.line(), "There is no " + kw + " '" + account + "' on a Debian HAProxy machine.",
                    "Debian's package creates user and group 'haproxy': write '" + kw + " haproxy'.",
                    at() + "cannot find " + kw + " id for '" + account + "' (0:Success)");
            return;
        }
        if (Keywords.GLOBAL.contains(kw)) {
            findings.info(st.line(), "'" + ProxyStatementParser.fullKeyword(st) + "' is accepted but not used by the lab.",
                    "It matters on a real server; the lab keeps it for export.");
            return;
        }
        String best = DidYouMean.best(kw, Keywords.GLOBAL);
        findings.error(st.line(), "Unknown keyword '" + kw + "' in the global section"
                        + (best == null ? "." : "; did you mean '" + best + "'?"),
                best == null ? "Check the spelling, or move the line to the section it belongs to."
                        : "Write '" + best + "' instead of '" + kw + "'.",
                at() + "unknown keyword '" + kw + "' in 'global' section"
                        + (best == null ? "" : "; did you mean '" + best + "' maybe ?"));
    }

    private final java.util.Set<String> globalSeen = new java.util.HashSet<>();

    /** HAProxy's message when a single-valued global setting is given twice, or null the first time. */
    private String duplicateGlobal(String kw) {
        String group = switch (kw) {
            case "user", "uid" -> "user";
            case "group", "gid" -> "group";
            default -> Keywords.GLOBAL_SINGLE.contains(kw) ? kw : null;
        };
        if (group == null || globalSeen.add(group)) {
            return null;
        }
        return switch (kw) {
            case "user", "uid" -> "user/uid already specified. Continuing.";
            case "group" -> "gid/group was already specified. Continuing.";
            case "gid" -> "group/gid already specified. Continuing.";
            default -> "'" + kw + "' already specified. Continuing.";
        };
    }

    /** Global {@code stats socket|timeout|maxconn|bind-process}; false after reporting an error. */
    private boolean globalStats() {
        String sub = st.word(1) == null ? "" : st.word(1);
        String what = "'stats " + sub + "'";
        switch (sub) {
            case "socket" -> {
                if (st.word(2) == null) {
                    findings.error(st.line(), "'stats socket' needs a path.", "Write e.g. 'stats socket "
                            + "/run/haproxy/admin.sock mode 660 level admin'.", at() + what
                            + " in global section expects an address or a path to a UNIX socket");
                    return false;
                }
                String path = st.word(2);
                if (!path.startsWith("/") && !path.contains("@")) {
                    String problem = ListenAddress.problem(path);
                    if (problem != null) {
                        findings.error(st.line(), "'stats socket " + path + "' is neither a socket path nor an "
                                        + "address.", "Write e.g. 'stats socket /run/haproxy/admin.sock'.",
                                at() + at() + what + " : " + problem);
                        return false;
                    }
                }
                for (int i = 3; i < st.words().size(); i++) {
                    Integer args = BindKeywords.ARGS.get(st.word(i));
                    if (args == null) {
                        String best = DidYouMean.best(st.word(i), new java.util.TreeSet<>(BindKeywords.ARGS.keySet()));
                        findings.error(st.line(), "Unknown 'stats socket' option '" + st.word(i) + "'.",
                                best == null ? "Use e.g. 'mode 660 level admin'." : "Write '" + best + "'.",
                                at() + what + " : unknown keyword '" + st.word(i) + "'."
                                        + (best == null ? "" : " Did you mean '" + best + "' maybe ?"));
                        return false;
                    }
                    String bad = BindKeywords.valueProblem(st.word(i), st.word(i + 1));
                    if (bad != null) {
                        findings.error(st.line(), "'stats socket': " + bad + ".", "Write e.g. 'mode 660 level admin'.",
                                at() + what + " : '" + bad + "'");
                        return false;
                    }
                    i += args;
                }
                statsSocket = path;
            }
            case "timeout" -> {
                TimeValue t = TimeValue.parseMillis(st.word(2) == null ? "" : st.word(2));
                if (t.overflow()) {
                    findings.error(st.line(), "'stats timeout' is too long.", "Use at most 24 days.",
                            at() + "timer overflow in argument '" + st.word(2) + "' to 'stats timeout' (maximum "
                                    + "value is 2147483647 ms or ~24.8 days)");
                    return false;
                }
                warnTrailing(t, st.word(2));
                if (!t.valid()) {
                    // HAProxy prints the character with %c: a missing value (NUL) ends its message there
                    String tail = t.badChar() == '\0' ? "" : t.badChar() + "'";
                    findings.error(st.line(), "'" + st.word(2) + "' is not a time value.", "Write e.g. 'stats "
                            + "timeout 30s'.", at() + what + " : unexpected character '" + tail);
                    return false;
                }
                if (t.duration().isZero()) {
                    findings.error(st.line(), "'stats timeout' must be more than zero.", "Write e.g. 'stats "
                            + "timeout 30s'.", at() + what + " expects a positive value");
                    return false;
                }
            }
            case "maxconn" -> {
                Integer n = st.word(2) == null ? null : ListenAddress.leadingNumber(st.word(2));
                if (n == null || n <= 0) {
                    findings.error(st.line(), "'stats maxconn' must be a positive number.", "Write e.g. 'stats "
                            + "maxconn 10'.", at() + what + " expects a positive value");
                    return false;
                }
            }
            case "bind-process" -> {
                // accepted, no effect in the lab
            }
            default -> {
                findings.error(st.line(), "Unknown global 'stats' keyword '" + sub + "'.",
                        "In global, use 'stats socket <path>' or 'stats timeout <time>'.",
                        at() + "'stats' only supports 'socket', 'maxconn', 'bind-process' and 'timeout' (got '" + sub
                                + "')");
                return false;
            }
        }
        return true;
    }

    /** HAProxy 2.6 only warns about characters after a valid time unit ({@code 50sy}). */
    void warnTrailing(TimeValue t, String text) {
        if (t.trailing() != null && t.valid()) {
            findings.warning(st.line(), "'" + text + "' has extra characters after its unit; HAProxy reads it as "
                            + TimeValue.format(t.duration()) + ".",
                    "Write just the number and the unit, e.g. 50s.", TimeValue.trailingWarning(t.trailing(), text));
        }
    }

    // ---- sections ----

    private void openOtherSection() {
        String kw = st.keyword();
        if (kw.equals("program")) {
            findings.error(st.line(), "A 'program' section needs HAProxy's master-worker mode.",
                    "Remove the 'program' section; the lab cannot run external programs.",
                    "Can't use a 'program' section without master worker mode.");
        } else if (kw.equals("peers") || kw.equals("mailers")) {
            findings.warning(st.line(), "'" + kw + "' sections are accepted, not simulated; real HAProxy drops "
                            + "an incomplete one with a warning.",
                    "Remove the section unless you run several HAProxy instances.", null);
        } else {
            findings.info(st.line(), "'" + kw + "' sections are accepted, not simulated.",
                    "The lab ignores their content.");
        }
    }

    private void openProxy() {
        String kw = st.keyword();
        current = null;
        if (kw.equals("defaults")) {
            openDefaults();
            return;
        }
        ProxyKind kind = ProxyKind.valueOf(kw.toUpperCase(Locale.ROOT));
        String name = st.word(1);
        if (name == null || name.isEmpty()) {
            findings.error(st.line(), "'" + kw + "' needs a name.", "Write e.g. '" + kw + " nodes'.",
                    at() + "'" + kw + "' expects an <id> argument");
            return;
        }
        // HAProxy 2.6 cfg_parse_listen(): a bad name or a name clash is reported but the section still opens
        Character bad = invalidNameChar(name);
        if (bad != null) {
            findings.error(st.line(), "The character '" + bad + "' is not allowed in a " + kw + " name.",
                    "Use only letters, digits, '-', '_', '.' and ':'.",
                    at() + "character '" + bad + "' is not permitted in '" + kw + "' name '" + name + "'.");
        }
        for (ProxyBuilder other : proxies) {
            // HAProxy looks the name up among frontends for a section with frontend capability, else among
            // backends: so "backend x" then "listen x" passes, "listen x" then "backend x" does not
            boolean clash = other.name.equals(name)
                    && (kind.hasFrontend() ? other.hasFrontend() : other.hasBackend());
            if (clash) {
                String type = kind == ProxyKind.LISTEN ? "proxy" : kw;
                findings.error(st.line(), "The name '" + name + "' is already used by the " + other.typeWord()
                                + " at line " + other.line + ".",
                        "Give each frontend and each backend its own name.",
                        "Parsing [" + fileName + ":" + st.line() + "]: " + type + " '" + name
                                + "' has the same name as " + other.typeWord() + " '" + name + "' declared at "
                                + fileName + ":" + other.line + ".");
                break;
            }
        }
        ProxyBuilder base = defaults;
        Bind legacy = null;
        String third = st.word(2);
        boolean fromDefaults = "from".equals(third) && st.word(3) != null;
        if (third != null && (!fromDefaults || st.word(4) != null)) {
            if (fromDefaults) {
                tooManyArgs(kw, st.word(4));
            }
            // reference §6.4: "listen name addr:port" was removed in HAProxy 1.6. A backend line with extra
            // words is dropped without a message, so its statements then fail one by one.
            legacy = lenient && !fromDefaults && st.word(3) == null && kind.hasFrontend()
                    ? ListenAddress.parse(third, st.line()) : null;
            if (legacy == null) {
                if (kind.hasFrontend()) {
                    // not fatal by itself in 2.6: the section is dropped, and its following lines are the errors
                    findings.nonFatalAlert(st.line(), "An address on the '" + kw + "' line is not allowed since "
                                    + "HAProxy 1.6; HAProxy drops the whole section.",
                            "Write '" + kw + " " + name + "' and put the address on its own line: 'bind " + third
                                    + "'.",
                            at() + "please use the 'bind' keyword for listening addresses.");
                } else {
                    findings.info(st.line(), "HAProxy ignores this backend line because of the words after the name.",
                            "Write only 'backend " + name + "' (or 'backend " + name + " from <defaults>').");
                }
                return;
            }
            findings.warning(st.line(), "Real HAProxy >= 1.6 rejects an address on the '" + kw + "' line; the lab "
                            + "accepts it for the tutorial's sake.",
                    "Write '" + kw + " " + name + "' then 'bind " + third + "' on its own line.",
                    at() + "please use the 'bind' keyword for listening addresses.");
        } else if (fromDefaults) {
            String from = st.word(3);
            base = namedDefaults.get(from);
            if (base == null) {
                findings.error(st.line(), "There is no defaults section named '" + from + "'.",
                        "Declare 'defaults " + from + "' above this section.",
                        at() + "defaults section '" + from + "' not found for " + kw + " '" + name + "'.");
                return;
            }
        }
        checkRulesInheritance(base, kind);
        current = ProxyBuilder.from(base, kind, name, st.line());
        if (legacy != null) {
            current.binds.add(legacy);
        }
        proxies.add(current);
    }

    /**
     * A defaults section with http-request rules may only be inherited by frontends, or only by backends, and
     * never by a listen section (HAProxy 2.6 {@code proxy_ref_defaults}).
     */
    private void checkRulesInheritance(ProxyBuilder base, ProxyKind kind) {
        if (base.requestRules.isEmpty() && base.accessRules.isEmpty() && base.ruleLines.isEmpty()) {
            return;
        }
        if (kind == ProxyKind.LISTEN) {
            findings.error(st.line(), "A listen section cannot use a defaults section that has http-request rules.",
                    "Move the http-request rules out of 'defaults " + base.name + "', or use a frontend and a "
                            + "backend instead of listen.",
                    at0() + "a listen section cannot inherit from a defaults section defining TCP/HTTP rules.");
        } else if (base.inheritedBy != null && base.inheritedBy != kind) {
            findings.error(st.line(), "Frontends and backends cannot share a defaults section that has "
                            + "http-request rules.",
                    "Give the backends their own defaults section, or move the rules into the frontend.",
                    at0() + "frontends and backends cannot inherit from the same defaults section if it defines "
                            + "TCP/HTTP rules (defaults section at " + fileName + ":" + base.line + ").");
        } else {
            base.inheritedBy = kind;
        }
    }

    private void openDefaults() {
        String name = st.word(1);
        ProxyBuilder base = new ProxyBuilder(null, "", 0);
        if ("from".equals(st.word(2)) && namedDefaults.containsKey(st.word(3))) {
            base = namedDefaults.get(st.word(3));
        }
        defaults = ProxyBuilder.from(base, null, name == null ? "" : name, st.line());
        if (name != null && !name.isEmpty()) {
            namedDefaults.put(name, defaults);
        }
        current = defaults;
    }

    /** HAProxy's {@code invalid_char()}: names may hold letters, digits, '.', '-', '_' and ':'. */
    static Character invalidNameChar(String name) {
        for (char c : name.toCharArray()) {
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '.' && c != '-' && c != '_' && c != ':') {
                return c;
            }
        }
        return null;
    }

    static Set<String> names(List<Acl> acls) {
        return acls.stream().map(Acl::name).collect(Collectors.toSet());
    }
}
