package org.pilab.config;

/**
 * An {@code http-request allow|deny|return} rule: one that answers or lets the request through, as opposed to
 * the header rules in {@link Proxy#requestRules()}.
 *
 * @param action      what the rule does
 * @param status      the status sent (deny: 403 unless {@code deny_status}; return: 200 unless {@code status})
 * @param contentType {@code content-type} of a return, or null
 * @param body        the {@code string} body of a return, or null
 * @param condition   the condition, or null for always
 * @param line        line of the statement
 */
public record AccessRule(Action action, int status, String contentType, String body, Condition condition, int line) {

    public enum Action {
        ALLOW, DENY, RETURN
    }
}
