package org.pilab.proxy;

import java.util.Locale;

/**
 * Evaluates HAProxy log-format strings ({@code %[dst_port]}, {@code %ci} …) and simple conditions
 * ({@code if { ssl_fc }}, {@code TRUE}, {@code !}, {@code or}) used by {@code http-request} rules.
 * Only the fetches the lessons use are known; an unknown fetch yields an empty string, an unknown ACL false.
 */
final class SampleFetch {

    private SampleFetch() {
    }

    /** Expands <format> for <ctx>. */
    static String format(String format, RequestContext ctx) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 >= format.length()) {
                out.append(c);
                i++;
                continue;
            }
            char n = format.charAt(i + 1);
            if (n == '%') {
                out.append('%');
                i += 2;
            } else if (n == '[') {
                int end = format.indexOf(']', i);
                if (end < 0) {
                    out.append(format, i, format.length());
                    break;
                }
                out.append(fetch(format.substring(i + 2, end).trim(), ctx));
                i = end + 1;
            } else if (format.startsWith("ci", i + 1)) {
                out.append(ctx.src());
                i += 3;
            } else if (format.startsWith("cp", i + 1)) {
                out.append(ctx.srcPort());
                i += 3;
            } else if (format.startsWith("fi", i + 1)) {
                out.append(ctx.dst());
                i += 3;
            } else if (format.startsWith("fp", i + 1)) {
                out.append(ctx.dstPort());
                i += 3;
            } else if (format.startsWith("f", i + 1)) {
                out.append(ctx.frontend());
                i += 2;
            } else if (format.startsWith("b", i + 1)) {
                out.append(ctx.backend());
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** One sample fetch such as {@code dst_port} or {@code req.hdr(host)}. */
    static String fetch(String expr, RequestContext ctx) {
        String name = expr.toLowerCase(Locale.ROOT);
        if (name.startsWith("req.hdr(") || name.startsWith("hdr(")) {
            String header = expr.substring(expr.indexOf('(') + 1, expr.lastIndexOf(')')).split(",")[0].trim();
            String v = ctx.request().getHeader(header);
            return v == null ? "" : v;
        }
        return switch (name) {
            case "dst_port" -> String.valueOf(ctx.dstPort());
            case "dst" -> ctx.dst();
            case "src" -> ctx.src();
            case "src_port" -> String.valueOf(ctx.srcPort());
            case "ssl_fc" -> ctx.sslFc() ? "1" : "0";
            case "path" -> ctx.request().path();
            case "method" -> ctx.request().method().name();
            case "url" -> ctx.request().uri();
            case "query" -> ctx.request().query() == null ? "" : ctx.request().query();
            case "be_name" -> ctx.backend();
            case "fe_name" -> ctx.frontend();
            default -> "";
        };
    }

    /**
     * Evaluates the words of a condition: terms are ANDed, {@code or}/{@code ||} separate alternatives,
     * {@code !} negates, {@code { fetch }} is an anonymous ACL that is true when the fetch is non-empty and not 0.
     */
    static boolean test(java.util.List<String> words, RequestContext ctx) {
        boolean anyGroup = false;
        boolean group = true;
        boolean negate = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("or") || w.equals("||")) {
                anyGroup |= group;
                group = true;
                continue;
            }
            if (w.equals("!")) {
                negate = true;
                continue;
            }
            boolean value;
            if (w.equals("{")) {
                int close = words.subList(i, words.size()).indexOf("}");
                int end = close < 0 ? words.size() : i + close;
                value = anonymousAcl(words.subList(i + 1, end), ctx);
                i = end;
            } else {
                boolean neg = w.startsWith("!");
                String acl = neg ? w.substring(1) : w;
                value = namedAcl(acl, ctx) != neg;
            }
            group &= value != negate;
            negate = false;
        }
        return anyGroup || group;
    }

    private static boolean anonymousAcl(java.util.List<String> terms, RequestContext ctx) {
        if (terms.isEmpty()) {
            return false;
        }
        String v = fetch(terms.get(0), ctx);
        if (terms.size() == 1) {
            return !v.isEmpty() && !v.equals("0");
        }
        // "{ fetch value ... }": true when the fetch equals any listed value
        return terms.subList(1, terms.size()).stream().filter(t -> !t.startsWith("-")).anyMatch(t -> t.equals(v));
    }

    private static boolean namedAcl(String acl, RequestContext ctx) {
        return switch (acl) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            case "LOCALHOST" -> ctx.src().startsWith("127.") || ctx.src().equals("0:0:0:0:0:0:0:1");
            case "HTTP" -> true;
            case "HTTP_1.0" -> ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_1_0;
            case "HTTP_1.1" -> ctx.request().version() == io.vertx.core.http.HttpVersion.HTTP_1_1;
            case "METH_GET" -> ctx.request().method().name().equals("GET") || ctx.request().method().name().equals("HEAD");
            case "METH_POST" -> ctx.request().method().name().equals("POST");
            default -> false;
        };
    }
}
