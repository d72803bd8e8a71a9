package org.pilab.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** View-only helpers for the config editor's templates. */
@TemplateExtension
public class ConfigViewExtensions {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** Date and local time of a history version, e.g. {@code 2026-11-24 23:05:45}. */
    static String stamp(Instant at) {
        return STAMP.format(at);
    }
}
