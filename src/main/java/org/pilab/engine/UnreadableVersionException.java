package org.pilab.engine;

import java.nio.file.Path;

/** A saved config version exists but its file cannot be read. The lab keeps running; the file is left as it is. */
public class UnreadableVersionException extends RuntimeException {
    public UnreadableVersionException(int id, Path file, String reason) {
        super("Saved config version " + id + " (" + file + ") cannot be read: " + reason
                + ". Open the file in a text editor to recover it, or restore another version.");
    }
}
