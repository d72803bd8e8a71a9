package org.pilab.config;

import java.util.List;

/**
 * An {@code acl <name> <criterion> [flags] [operator] <value> ...} line. The lab evaluates a small subset
 * (e.g. {@code path}, {@code path_beg}, {@code hdr(host)}); the words are kept as written.
 *
 * @param name      ACL name
 * @param criterion the sample fetch, e.g. {@code path_beg}
 * @param values    flags and patterns after the criterion
 * @param line      line of the statement
 */
public record Acl(String name, String criterion, List<String> values, int line) {

    public Acl {
        values = List.copyOf(values);
    }
}
