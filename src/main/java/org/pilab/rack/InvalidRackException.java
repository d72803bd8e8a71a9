package org.pilab.rack;

/** A rack file or rack request that cannot be used; the message names the entry, the field and the fix. */
public class InvalidRackException extends RuntimeException {
    public InvalidRackException(String message) {
        super(message);
    }
}
