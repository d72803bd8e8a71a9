package org.pilab.config;

import java.util.List;

/**
 * The {@code global} section. The lab runs no daemon, no chroot and no SSL, so most of these settings are
 * only kept for export and reported as "not used by the lab".
 *
 * @param line        line of the {@code global} keyword, 0 when the file has none
 * @param statements  every statement of the section, as written
 * @param statsSocket the path of {@code stats socket}, or null
 */
public record Global(int line, List<Statement> statements, String statsSocket) {

    public Global {
        statements = List.copyOf(statements);
    }

    public static Global empty() {
        return new Global(0, List.of(), null);
    }
}
