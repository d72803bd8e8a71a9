package org.pilab.health;

/**
 * The result of one active check, before it is applied to the state machine.
 *
 * @param status     check status (reference §1.4)
 * @param code       HTTP status for layer-7 checks, or null
 * @param info       extra text ({@code Connection refused}, a reason phrase), or empty
 * @param durationMs how long the check took
 */
record CheckOutcome(CheckStatus status, Integer code, String info, long durationMs) {
}
