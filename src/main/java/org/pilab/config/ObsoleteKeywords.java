package org.pilab.config;

import java.util.Map;

/**
 * Proxy keywords and options that HAProxy removed before 2.6 but still recognises, to say what replaced them.
 * Learners meet them in old tutorials (the blog's HAProxy 1.5 era). Texts are those of 2.6's cfgparse-listen.c.
 */
final class ObsoleteKeywords {

    private ObsoleteKeywords() {
    }

    private static final String REMOVED = "The '%s' directive is not supported anymore since HAProxy 2.1.";

    /** Keyword to the text after {@code parsing [file:N] : }, with %s standing for the keyword. */
    static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("block", REMOVED + " Use 'http-request deny' which uses the exact same syntax."),
            Map.entry("cliexp", REMOVED + " Use 'http-request replace-path', 'http-request replace-uri' or "
                    + "'http-request replace-header' instead."),
            Map.entry("reqrep", REMOVED + " Use 'http-request replace-path', 'http-request replace-uri' or "
                    + "'http-request replace-header' instead."),
            Map.entry("reqdel", REMOVED + " Use 'http-request del-header' instead."),
            Map.entry("reqdeny", "The '%s' not supported anymore since HAProxy 2.1. Use 'http-request deny' instead."),
            Map.entry("reqpass", "The '%s' not supported anymore since HAProxy 2.1."),
            Map.entry("reqallow", REMOVED + " Use 'http-request allow' instead."),
            Map.entry("reqtarpit", REMOVED + " Use 'http-request tarpit' instead."),
            Map.entry("reqirep", REMOVED + " Use 'http-request replace-header' instead."),
            Map.entry("reqidel", REMOVED + " Use 'http-request del-header' instead."),
            Map.entry("reqideny", REMOVED + " Use 'http-request deny' instead."),
            Map.entry("reqipass", REMOVED),
            Map.entry("reqiallow", REMOVED + " Use 'http-request allow' instead."),
            Map.entry("reqitarpit", REMOVED + " Use 'http-request tarpit' instead."),
            Map.entry("reqadd", REMOVED + " Use 'http-request add-header' instead."),
            Map.entry("srvexp", REMOVED + " Use 'http-response replace-header' instead."),
            Map.entry("rsprep", REMOVED + " Use 'http-response replace-header' instead."),
            Map.entry("rspdel", REMOVED + " Use 'http-response del-header' ."),
            Map.entry("rspdeny", REMOVED + " Use 'http-response deny' instead."),
            Map.entry("rspirep", REMOVED + " Use 'http-response replace-header' instead."),
            Map.entry("rspidel", REMOVED + " Use 'http-response del-header' instead."),
            Map.entry("rspideny", REMOVED + " Use 'http-response deny' instead."),
            Map.entry("rspadd", REMOVED + " Use 'http-response add-header' instead."),
            Map.entry("redispatch", "keyword '%s' directive is not supported anymore since HAProxy 2.1. "
                    + "Use 'option redispatch'."),
            Map.entry("clitimeout", "the '%s' directive is not supported anymore since HAProxy 2.1. "
                    + "Use 'timeout client'."),
            Map.entry("srvtimeout", "the '%s' directive is not supported anymore since HAProxy 2.1. "
                    + "Use 'timeout server'."),
            Map.entry("contimeout", "the '%s' directive is not supported anymore since HAProxy 2.1. "
                    + "Use 'timeout connect'."));

    /** Option to the text after {@code parsing [file:N]: } (no space before the colon for these). */
    static final Map<String, String> OPTIONS = Map.of(
            "forceclose", "option '%s' is not supported any more since HAProxy 2.0, please just remove it, or use "
                    + "'option httpclose' if absolutely needed.",
            "http-tunnel", "option '%s' is not supported any more since HAProxy 2.1, please just remove it, it "
                    + "shouldn't be needed.",
            "http_proxy", "option '%s' is not supported any more since HAProxy 2.5. This option stopped working in "
                    + "HAProxy 1.9 and usually had nasty side effects. It can be more reliably implemented with "
                    + "combinations of 'http-request set-dst' and 'http-request set-uri', and even 'http-request "
                    + "do-resolve' if DNS resolution is desired.");
}
