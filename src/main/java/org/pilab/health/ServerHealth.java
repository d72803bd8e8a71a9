package org.pilab.health;

import java.util.Objects;

/**
 * Per-server health state machine (HAProxy's {@code set_server_check_status}, {@code check_notify_*} and
 * {@code srv_set_*} functions).
 *
 * <p>How it works: a checked server has a health counter between 0 and {@code rise+fall-1}. A failed check lowers
 * it by one (and drops it straight to 0 once it falls below {@code rise}); a passed check raises it by one (and
 * jumps straight to {@code rise+fall-1} once it reaches {@code rise}). The server goes DOWN when health reaches 0 and
 * UP again when health reaches {@code rise}, so {@code fall} failures in a row take a fully UP server down and
 * {@code rise} successes bring a DOWN server back. On top of that operational state sit two admin flags set by
 * the runtime API or the stats page: MAINT (no traffic, no checks) and DRAIN (checks continue, no new traffic).
 * A server starts "UP but check immediately" with health = rise, shown {@code UP 1/3} for rise 2 fall 3.
 * Reference: haproxy-2.6.md §1.5 (state machine, status strings, admin states), §7 (counters), §5 (runtime API).
 *
 * <p>Not thread-safe: one instance per server; callers synchronise (e.g. on the instance). All times are
 * caller-supplied milliseconds, so the class never reads a clock.
 */
public final class ServerHealth {

    /** Operational state, HAProxy's {@code srv_op_state} (ordinal = the {@code show servers state} code). */
    public enum OpState {
        /** Down: failed checks, forced down, or MAINT. */
        STOPPED,
        /** Warming up under slowstart; never entered here because slowstart is not simulated. */
        STARTING,
        /** Up. */
        RUNNING,
        /** Up but not load balanced: NOLB, after L7OKC or {@code set server .. health stopping}. */
        STOPPING
    }

    /** {@code srv_admin_state} bit for forced maintenance ({@code disable server}, {@code state maint}). */
    public static final int ADMIN_FMAINT = 0x01;
    /** {@code srv_admin_state} bit for forced drain ({@code state drain}). */
    public static final int ADMIN_FDRAIN = 0x08;

    private final int rise;              // consecutive successes needed to become UP
    private final int fall;              // consecutive failures needed to become DOWN
    private boolean checked;             // health checks enabled (false: "no check", counts as UP)
    private int health;                  // 0 .. rise+fall-1; UP for checks iff health >= rise
    private OpState opState;             // operational state
    private boolean maint;               // admin flag FMAINT
    private boolean drain;               // admin flag FDRAIN
    private CheckStatus lastStatus;      // status of the last finished check (INI until the first one)
    private Integer lastCode;            // HTTP code of the last check, or null
    private String lastInfo = "";        // last_chk text, e.g. "Connection refused"
    private long lastDurationMillis = -1; // duration of the last check, -1 before the first one
    private long lastChangeMillis;       // last operational or admin change (stats "LastChk"/lastchg)
    private long downtimeMillis;         // accumulated time spent STOPPED, excluding the current stretch
    private int chkfail;                 // failed checks made while health > 0
    private int chkdown;                 // transitions to STOPPED (DOWN, or MAINT from a running state)
    private boolean checking;            // a check is in progress (stats shows "* L7OK")
    private long latestNowMillis;        // newest time seen, for the overloads that take no time

    /**
     * Creates the state of one server at startup.
     * <ul>
     *   <li>{@code disabled}: MAINT with health 0 (config keyword {@code disabled}); chkdown stays 0;</li>
     *   <li>otherwise {@code checked}: UP with health = rise ("start OK but check immediately"), status INI;</li>
     *   <li>otherwise: UP, shown {@code no check}.</li>
     * </ul>
     *
     * @param rise      consecutive successes to become UP, at least 1
     * @param fall      consecutive failures to become DOWN, at least 1
     * @param checked   whether the server line has {@code check}
     * @param disabled  whether the server line has {@code disabled}
     * @param nowMillis start time, the first {@link #lastChangeMillis()}
     */
    public ServerHealth(int rise, int fall, boolean checked, boolean disabled, long nowMillis) {
        if (rise < 1 || fall < 1) {
            throw new IllegalArgumentException("rise and fall must be at least 1, got rise " + rise + " fall " + fall);
        }
        this.rise = rise;
        this.fall = fall;
        this.checked = checked;
        this.lastStatus = checked ? CheckStatus.INI : CheckStatus.UNK;
        this.lastChangeMillis = nowMillis;
        this.latestNowMillis = nowMillis;
        if (disabled) {
            maint = true;
            health = 0;
            opState = OpState.STOPPED;
        } else {
            health = rise;
            opState = OpState.RUNNING;
        }
    }

    // ---------------------------------------------------------------- check results

    /**
     * Applies a finished check to the server, exactly like HAProxy's {@code set_server_check_status} followed by
     * {@code check_notify_failure}/{@code _success}/{@code _stopping}:
     * <ul>
     *   <li>FAILED: if health &gt; 0, chkfail++ and health--; below rise health drops to 0; at 0 the server goes
     *       DOWN (chkdown++, lastchg = now) unless it already is;</li>
     *   <li>PASSED: health++ up to rise+fall-1 (jumping there once it reaches rise); from rise on the server is UP;</li>
     *   <li>CONDPASS ({@code L7OKC}, disable-on-404): health rises the same way, and from rise on the server is
     *       NOLB ("stopping"): running but not load balanced;</li>
     *   <li>NEUTRAL: only recorded.</li>
     * </ul>
     * The status, code, info and duration are recorded and the in-progress flag is cleared. It does not matter
     * whether the server was already in the resulting state. A result arriving while the server is in MAINT or
     * has checks disabled is ignored (HAProxy does not run checks then).
     *
     * @param status         outcome of the check
     * @param code           HTTP status of an L7 check, or null
     * @param info           last_chk text such as {@code "Connection refused"}, or null for none
     * @param durationMillis how long the check took
     * @param nowMillis      when it finished
     * @return what changed
     */
    public Transition onCheckResult(CheckStatus status, Integer code, String info, long durationMillis, long nowMillis) {
        Objects.requireNonNull(status, "status");
        see(nowMillis);
        String from = state();
        if (maint || !checked) {
            return Transition.none(from);
        }
        OpState before = opState;
        lastStatus = status;
        lastCode = code;
        lastInfo = info == null ? "" : info;
        lastDurationMillis = durationMillis;
        checking = false;

        switch (status.result()) {
            case FAILED -> {
                if (health > 0) {
                    chkfail++;
                    health--;
                    if (health < rise) {
                        health = 0;
                    }
                }
                if (health == 0) {
                    setStopped(nowMillis);
                }
            }
            case PASSED, CONDPASS -> {
                if (health < maxHealth()) {
                    health++;
                    if (health >= rise) {
                        health = maxHealth(); // OK now
                    }
                }
                if (health >= rise) {
                    if (status.result() == CheckStatus.Result.PASSED) {
                        setRunning(nowMillis);
                    } else {
                        setStopping(nowMillis);
                    }
                }
            }
            case NEUTRAL -> {
                // nothing to do: not the outcome of a real check
            }
        }
        return transition(from, before);
    }

    /** Marks a check as started ({@code true}) or finished ({@code false}); the stats page then shows {@code * L7OK}. */
    public void setCheckInProgress(boolean inProgress) {
        this.checking = inProgress;
    }

    /** True while a check is in progress. */
    public boolean checking() {
        return checking;
    }

    /**
     * How long to wait after this check before the next one, HAProxy's {@code srv_getinter}:
     * <ul>
     *   <li>{@code inter} when fully UP (health = rise+fall-1);</li>
     *   <li>{@code downinter} when fully DOWN (health 0 and stopped);</li>
     *   <li>{@code fastinter} otherwise (going up, going down, or not yet checked: health = rise at startup).</li>
     * </ul>
     * A {@code fastinter} or {@code downinter} of 0 or less means "not set" and falls back to {@code inter}.
     */
    public long nextIntervalMillis(long interMs, long fastinterMs, long downinterMs) {
        if (health == maxHealth()) {
            return interMs;
        }
        if (opState == OpState.STOPPED && health == 0) {
            return downinterMs > 0 ? downinterMs : interMs;
        }
        return fastinterMs > 0 ? fastinterMs : interMs;
    }

    // ---------------------------------------------------------------- admin actions

    /**
     * Puts the server in forced maintenance ({@code disable server}, {@code set server .. state maint}, stats
     * "Set state to MAINT"). Clears DRAIN, pauses checks and sets health to 0. From a running state (UP, DRAIN,
     * NOLB) the server goes down: chkdown++ and lastchg = now; from DOWN both are kept. No-op when already MAINT.
     */
    public Transition setMaint(long nowMillis) {
        see(nowMillis);
        String from = state();
        if (maint) {
            return Transition.none(from);
        }
        OpState before = opState;
        maint = true;
        drain = false;
        health = 0;
        checking = false;
        if (opState != OpState.STOPPED) {
            opState = OpState.STOPPED;
            lastChangeMillis = nowMillis;
            chkdown++;
        }
        return transition(from, before);
    }

    /**
     * Clears MAINT and DRAIN ({@code enable server}, {@code set server .. state ready}). Leaving MAINT restarts
     * checks with health = rise ("start OK but check immediately"), so a checked server with rise 2 fall 3 shows
     * {@code UP 1/3}: its next failed check takes it DOWN at once, a passed one makes it {@code UP}.
     * lastchg = now, except when a DRAIN server that is DOWN is set ready (it stays DOWN). No-op when neither flag
     * is set.
     */
    public Transition setReady(long nowMillis) {
        see(nowMillis);
        String from = state();
        OpState before = opState;
        if (drain) {
            drain = false;
            if (opState != OpState.STOPPED) {
                lastChangeMillis = nowMillis;
            }
        }
        if (maint) {
            leaveMaint(nowMillis);
        }
        return transition(from, before);
    }

    /**
     * Sets DRAIN ({@code set server .. state drain}): the server keeps running and being checked, but takes no new
     * load-balanced traffic. Coming from MAINT it also leaves maintenance like {@link #setReady(long)}. lastchg = now
     * unless the server is DOWN. No-op when already in DRAIN.
     */
    public Transition setDrain(long nowMillis) {
        see(nowMillis);
        String from = state();
        OpState before = opState;
        if (drain && !maint) {
            return Transition.none(from);
        }
        drain = true;
        if (maint) {
            leaveMaint(nowMillis);
        } else if (opState != OpState.STOPPED) {
            lastChangeMillis = nowMillis;
        }
        return transition(from, before);
    }

    /**
     * Forces the health ({@code set server .. health up|stopping|down}):
     * <ul>
     *   <li>{@code up}: health = rise+fall-1, server UP;</li>
     *   <li>{@code stopping}: health = rise+fall-1, server NOLB;</li>
     *   <li>{@code down}: health = 0, server DOWN.</li>
     * </ul>
     * In MAINT only the health changes; the state follows once the server leaves MAINT.
     *
     * @throws IllegalArgumentException with HAProxy's CLI message for any other word
     */
    public Transition forceHealth(String upStoppingDown, long nowMillis) {
        see(nowMillis);
        String from = state();
        OpState before = opState;
        switch (upStoppingDown == null ? "" : upStoppingDown) {
            case "up" -> {
                health = maxHealth();
                setRunning(nowMillis);
            }
            case "stopping" -> {
                health = maxHealth();
                setStopping(nowMillis);
            }
            case "down" -> {
                health = 0;
                setStopped(nowMillis);
            }
            default -> throw new IllegalArgumentException(
                    "'set server <srv> health' expects 'up', 'stopping', or 'down'.");
        }
        return transition(from, before);
    }

    /**
     * Stops checks ({@code disable health}). The server then counts as UP and shows {@code no check}: a DOWN server
     * (not in MAINT) starts running again. Uses the newest time passed to this object; prefer
     * {@link #disableChecks(long)}.
     */
    public void disableChecks() {
        disableChecks(latestNowMillis);
    }

    /** Like {@link #disableChecks()}, with the time of the change. */
    public Transition disableChecks(long nowMillis) {
        see(nowMillis);
        String from = state();
        OpState before = opState;
        checked = false;
        checking = false;
        if (!maint && opState == OpState.STOPPED) {
            setRunning(nowMillis);
        }
        return transition(from, before);
    }

    /**
     * Resumes checks ({@code enable health}). A running server whose health is below rise (it was forced UP by
     * {@link #disableChecks()}) restarts at health = rise, as at startup, so its next check decides at once.
     * Uses the newest time passed to this object; prefer {@link #enableChecks(long)}.
     */
    public void enableChecks() {
        enableChecks(latestNowMillis);
    }

    /** Like {@link #enableChecks()}, with the time of the change. */
    public Transition enableChecks(long nowMillis) {
        see(nowMillis);
        String from = state();
        OpState before = opState;
        checked = true;
        if (lastStatus == CheckStatus.UNK) {
            lastStatus = CheckStatus.INI;
        }
        if (!maint && opState != OpState.STOPPED && health < rise) {
            health = rise;
        }
        return transition(from, before);
    }

    // ---------------------------------------------------------------- state

    /**
     * The stats-page status string (HAProxy's {@code srv_hlt_st[]}), admin state first:
     * <ul>
     *   <li>{@code MAINT} when in maintenance;</li>
     *   <li>running: {@code UP}, or {@code UP x/y} with x = health-rise+1 and y = fall while health &lt;
     *       rise+fall-1 ("going down"); {@code DRAIN} / {@code DRAIN x/y} with the DRAIN flag;
     *       {@code no check} when running, not draining and unchecked;</li>
     *   <li>stopping: {@code NOLB}, or {@code NOLB x/y} while going down;</li>
     *   <li>stopped: {@code DOWN} when health is 0 or unchecked, otherwise {@code DOWN x/y} with x = health and
     *       y = rise ("going up").</li>
     * </ul>
     */
    public String state() {
        if (maint) {
            return "MAINT";
        }
        boolean goingDown = checked && health < maxHealth();
        String upFraction = (health - rise + 1) + "/" + fall;
        return switch (opState) {
            case RUNNING, STARTING -> {
                if (drain) {
                    yield goingDown ? "DRAIN " + upFraction : "DRAIN";
                }
                if (!checked) {
                    yield "no check";
                }
                yield goingDown ? "UP " + upFraction : "UP";
            }
            case STOPPING -> goingDown ? "NOLB " + upFraction : "NOLB";
            case STOPPED -> checked && health > 0 ? "DOWN " + health + "/" + rise : "DOWN";
        };
    }

    /**
     * True while the server runs: UP (also {@code UP x/y} going down), DRAIN, NOLB or {@code no check}.
     * False when DOWN (also {@code DOWN x/y} going up) or in MAINT.
     */
    public boolean isRunning() {
        return !maint && opState != OpState.STOPPED;
    }

    /** Same as {@link #isRunning()}. */
    public boolean isUp() {
        return isRunning();
    }

    /**
     * True when the balancer may pick the server (§2.2 {@code srv_currently_usable}): running, not NOLB, not MAINT,
     * not DRAIN. A weight of 0 also excludes a server, but weights are the balancer's concern.
     */
    public boolean usable() {
        return !maint && !drain && (opState == OpState.RUNNING || opState == OpState.STARTING);
    }

    /** Operational state ({@code srv_op_state}); MAINT servers are {@link OpState#STOPPED}. */
    public OpState opState() {
        return opState;
    }

    /** Admin state bits ({@code srv_admin_state}): {@link #ADMIN_FMAINT}, {@link #ADMIN_FDRAIN}. */
    public int adminState() {
        return (maint ? ADMIN_FMAINT : 0) | (drain ? ADMIN_FDRAIN : 0);
    }

    /** True in forced maintenance. */
    public boolean maint() {
        return maint;
    }

    /** True with the DRAIN flag (even while DOWN). */
    public boolean drain() {
        return drain;
    }

    /** True when health checks are enabled. */
    public boolean checked() {
        return checked;
    }

    /** Current health, 0 .. rise+fall-1. */
    public int health() {
        return health;
    }

    public int rise() {
        return rise;
    }

    public int fall() {
        return fall;
    }

    /** Status of the last finished check: {@code INI} before the first one ({@code UNK} when never checked). */
    public CheckStatus lastStatus() {
        return lastStatus;
    }

    /** HTTP status of the last check, or null. */
    public Integer lastCode() {
        return lastCode;
    }

    /** last_chk text of the last check, {@code ""} when it set none. */
    public String lastInfo() {
        return lastInfo;
    }

    /** Duration of the last check, -1 before the first one. */
    public long lastDurationMillis() {
        return lastDurationMillis;
    }

    /** Time of the last state change: UP/DOWN/NOLB transitions and admin changes, not {@code UP 2/3} steps. */
    public long lastChangeMillis() {
        return lastChangeMillis;
    }

    /** Failed checks counted while health was above 0 (stats {@code chkfail}). */
    public int chkfail() {
        return chkfail;
    }

    /** Transitions to DOWN, including entering MAINT from a running state (stats {@code chkdown}). */
    public int chkdown() {
        return chkdown;
    }

    /** Total time spent DOWN or in MAINT up to {@code <nowMillis>} (stats {@code downtime}, HAProxy's {@code srv_downtime}). */
    public long downtimeMillis(long nowMillis) {
        if (opState != OpState.STOPPED || lastChangeMillis >= nowMillis) {
            return downtimeMillis;
        }
        return downtimeMillis + nowMillis - lastChangeMillis;
    }

    @Override
    public String toString() {
        return "ServerHealth[" + state() + ", health " + health + "/" + maxHealth() + ", last " + lastStatus + "]";
    }

    // ---------------------------------------------------------------- internals

    private int maxHealth() {
        return rise + fall - 1;
    }

    private void see(long nowMillis) {
        latestNowMillis = Math.max(latestNowMillis, nowMillis);
    }

    /** Leaves MAINT: checks restart at health = rise, and the server runs again (HAProxy's srv_update_status). */
    private void leaveMaint(long nowMillis) {
        maint = false;
        if (checked) {
            health = rise; // start OK but check immediately
        }
        setRunning(nowMillis);
    }

    /** srv_set_stopped: no-op in MAINT or when already stopped. */
    private void setStopped(long nowMillis) {
        if (maint || opState == OpState.STOPPED) {
            return;
        }
        opState = OpState.STOPPED;
        lastChangeMillis = nowMillis;
        chkdown++;
    }

    /** srv_set_running: no-op in MAINT or when already running. Closes a DOWN stretch into the downtime. */
    private void setRunning(long nowMillis) {
        if (maint || opState == OpState.RUNNING) {
            return;
        }
        closeDowntime(nowMillis);
        opState = OpState.RUNNING;
        lastChangeMillis = nowMillis;
    }

    /** srv_set_stopping: no-op in MAINT or when already stopping. */
    private void setStopping(long nowMillis) {
        if (maint || opState == OpState.STOPPING) {
            return;
        }
        closeDowntime(nowMillis);
        opState = OpState.STOPPING;
        lastChangeMillis = nowMillis;
    }

    private void closeDowntime(long nowMillis) {
        if (opState == OpState.STOPPED && lastChangeMillis < nowMillis) { // ignore negative times
            downtimeMillis += nowMillis - lastChangeMillis;
        }
    }

    private Transition transition(String from, OpState before) {
        boolean wasRunning = before != OpState.STOPPED;
        boolean running = isRunning();
        // MAINT keeps opState STOPPED, so "before" already covers it
        return new Transition(from, state(), wasRunning && !running, !wasRunning && running);
    }
}
