package org.pilab.config;

/**
 * A {@code use_backend <backend> [if|unless <condition>]} switching rule (frontend capability).
 *
 * @param backend   the backend name
 * @param condition the condition, or null for always
 * @param line      line of the statement
 */
public record UseBackend(String backend, Condition condition, int line) {
}
