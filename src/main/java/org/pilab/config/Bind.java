package org.pilab.config;

/**
 * A listening address from {@code bind} (or from the legacy {@code listen name addr:port} form).
 *
 * @param address the address as written ({@code *}, empty or {@code 0.0.0.0} mean every IPv4 address)
 * @param port    the port as written (before the lab's privileged-port shift)
 * @param line    line of the statement
 * @param legacy  true when it came from the third word of a {@code listen} line, which HAProxy >= 1.6 rejects
 */
public record Bind(String address, int port, int line, boolean legacy) {
}
