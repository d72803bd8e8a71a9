package org.pilab.rack;

/** Kill or revive asked of a real Pi, which the lab does not control. */
public class RealPiException extends RuntimeException {
    public RealPiException(String name) {
        super(name + " is a real Pi (lab.mode=real): the lab cannot switch it. Stop its web server on the Pi itself, "
                + "e.g. with Ctrl+C in its terminal.");
    }
}
