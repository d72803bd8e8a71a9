package org.pilab.config;

/**
 * An {@code http-request set-header|add-header|del-header} rule.
 *
 * @param action    what the rule does
 * @param name      header name
 * @param format    log-format value, e.g. {@code %[dst_port]}; null for DEL
 * @param condition the condition after {@code if}/{@code unless}, or null for always
 * @param line      line of the statement
 */
public record HeaderRule(Action action, String name, String format, Condition condition, int line) {

    public enum Action {
        SET_HEADER, ADD_HEADER, DEL_HEADER
    }
}
