package org.pilab.health;

/**
 * A read-only snapshot of one server's health, with the fields the stats page and {@code /api/rack} show.
 *
 * @param backend       backend name
 * @param server        server name
 * @param state         stats-page status: {@code UP}, {@code UP 2/3}, {@code DOWN}, {@code DOWN 1/2}, {@code MAINT},
 *                      {@code no check} …
 * @param checkStatus   last check status code ({@code L7OK}, {@code L4CON} …), prefixed {@code * } while a check
 *                      runs; null for unchecked servers
 * @param checkCode     HTTP status of the last layer-7 check, or null
 * @param checkDesc     description of the status, e.g. {@code Layer4 connection problem}
 * @param checkInfo     extra text, e.g. {@code Connection refused}, or empty
 * @param checkDurationMs duration of the last check, -1 when none ran yet
 * @param health        the health counter (0 … rise+fall-1)
 * @param rise          consecutive successes to go UP
 * @param fall          consecutive failures to go DOWN
 * @param chkfail       failed checks while UP
 * @param chkdown       UP to DOWN transitions
 * @param lastChangeMs  epoch millis of the last status change
 * @param usable        whether the balancer may pick it (reference §2.2)
 * @param backup        a backup server
 */
public record ServerHealthView(String backend, String server, String state, String checkStatus, Integer checkCode,
                               String checkDesc, String checkInfo, long checkDurationMs, int health, int rise,
                               int fall, int chkfail, int chkdown, long lastChangeMs, boolean usable, boolean backup) {
}
