package org.pilab.health;

/**
 * What one event (a finished check or an admin action) did to a server's state.
 *
 * @param fromState stats-page status string before the event, e.g. {@code "UP 1/3"}
 * @param toState   stats-page status string after the event, e.g. {@code "DOWN"}
 * @param wentDown  the server stopped running: it became DOWN or entered MAINT from a running state
 *                  (UP, UP x/y, DRAIN, NOLB); HAProxy logs "is DOWN" / "is going DOWN for maintenance"
 * @param wentUp    the server started running again after being DOWN or in MAINT; HAProxy logs "is UP"
 */
public record Transition(String fromState, String toState, boolean wentDown, boolean wentUp) {

    /** A transition that changed nothing, for an event that was ignored. */
    static Transition none(String state) {
        return new Transition(state, state, false, false);
    }

    /** True when the status string changed (an {@code UP} → {@code UP 2/3} step counts). */
    public boolean changed() {
        return !fromState.equals(toState);
    }
}
