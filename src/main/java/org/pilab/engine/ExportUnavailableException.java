package org.pilab.engine;

/** This build has no config writer, so the running config cannot be exported yet. */
public class ExportUnavailableException extends RuntimeException {
    public ExportUnavailableException() {
        super("Export is not available in this build (no org.pilab.config.ConfigWriter). "
                + "Copy the running config from GET /api/config instead.");
    }
}
