package org.pilab.rack;

/**
 * Simulated mode refused to dial an address: it is neither a virtual Pi nor on loopback
 * (DESIGN.md, "Simulated mode never leaves loopback").
 */
public class RefusedDestinationException extends RuntimeException {
    public RefusedDestinationException(String address) {
        super("No virtual Pi at " + address + ", and simulated mode only dials loopback (127.0.0.0/8): "
                + "add a Pi with that address to the rack, or run the lab with lab.mode=real for real Pis.");
    }
}
