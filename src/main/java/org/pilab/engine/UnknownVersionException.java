package org.pilab.engine;

/** No saved config version has the given number. */
public class UnknownVersionException extends RuntimeException {
    public UnknownVersionException(int id) {
        super("No saved config version " + id + ". GET /api/config/history lists the versions there are.");
    }
}
