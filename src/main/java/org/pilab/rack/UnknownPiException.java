package org.pilab.rack;

/** No Pi has the given name or number. */
public class UnknownPiException extends RuntimeException {
    public UnknownPiException(String id) {
        super("No Pi called '" + id + "' in the rack. Use a server name such as raspberrypi01 or a Pi number such as 1.");
    }
}
