package org.pilab.health;

/**
 * Health check statuses: HAProxy's {@code check_statuses[]} table.
 *
 * <p>How it works: every finished check ends with one of these codes. Its {@link Result} decides what the
 * {@link ServerHealth} state machine does with it: a {@code FAILED} code lowers the server's health, a
 * {@code PASSED} code raises it, {@code CONDPASS} raises it too but puts the server in NOLB ("stopping"),
 * and {@code NEUTRAL} codes ({@code UNK}, {@code INI}) are never the outcome of a real check.
 * The short code ({@link #name()}) is what the stats page shows in its LastChk column and the CSV's
 * {@code check_status} field; {@link #description()} is the tooltip / {@code check_desc} text.
 * Reference: haproxy-2.6.md §1.4 (src/check.c {@code check_statuses[]}), §1.3 for which check gives which code.
 */
public enum CheckStatus {

    /** Unknown. */
    UNK("Unknown", Result.NEUTRAL),
    /** Initializing: shown from startup (or leaving MAINT) until the first check completes. */
    INI("Initializing", Result.NEUTRAL),
    /** Socket error. */
    SOCKERR("Socket error", Result.FAILED),
    /** The TCP connection was accepted (plain {@code check}, no {@code option httpchk}). */
    L4OK("Layer4 check passed", Result.PASSED),
    /** SYN not answered in time. */
    L4TOUT("Layer4 timeout", Result.FAILED),
    /** Connection refused (RST) or another connect error. */
    L4CON("Layer4 connection problem", Result.FAILED),
    /** SSL hello check passed. */
    L6OK("Layer6 check passed", Result.PASSED),
    /** SSL hello check timed out. */
    L6TOUT("Layer6 timeout", Result.FAILED),
    /** SSL hello check got an invalid answer. */
    L6RSP("Layer6 invalid response", Result.FAILED),
    /** HTTP check answered 2xx/3xx (or matched {@code http-check expect}). */
    L7OK("Layer7 check passed", Result.PASSED),
    /** HTTP check answered 404 with {@code http-check disable-on-404}: the server goes NOLB. */
    L7OKC("Layer7 check conditionally passed", Result.CONDPASS),
    /** Connected, but no HTTP answer in time. */
    L7TOUT("Layer7 timeout", Result.FAILED),
    /** Non-HTTP bytes, or the connection closed without an answer. */
    L7RSP("Layer7 invalid response", Result.FAILED),
    /** HTTP answer with a status that does not pass (e.g. 404, 500, 503). */
    L7STS("Layer7 wrong status", Result.FAILED),
    /** Health analyze: too many consecutive errors on real traffic ({@code observe}, §1.7). */
    HANA("Health analyze", Result.FAILED),
    /** External check error. */
    PROCERR("External check error", Result.FAILED),
    /** External check timeout. */
    PROCTOUT("External check timeout", Result.FAILED),
    /** External check passed. */
    PROCOK("External check passed", Result.PASSED);

    /** What a status means for the server's health (HAProxy's {@code CHK_RES_*}). */
    public enum Result {
        /** Not the outcome of a check: health is left alone. */
        NEUTRAL,
        /** The check failed: health goes down. */
        FAILED,
        /** The check passed: health goes up. */
        PASSED,
        /** The check passed, but the server asks not to be load balanced (NOLB). */
        CONDPASS
    }

    private final String description;
    private final Result result;

    CheckStatus(String description, Result result) {
        this.description = description;
        this.result = result;
    }

    /** HAProxy's {@code check_desc} text, e.g. {@code "Layer4 connection problem"} for {@link #L4CON}. */
    public String description() {
        return description;
    }

    /** What this status does to the server's health. */
    public Result result() {
        return result;
    }

    /** True for {@link Result#PASSED} codes only ({@code L4OK}, {@code L6OK}, {@code L7OK}, {@code PROCOK}). */
    public boolean passed() {
        return result == Result.PASSED;
    }

    /** True for {@link Result#FAILED} codes. */
    public boolean failed() {
        return result == Result.FAILED;
    }
}
