package org.pilab.rack;

/**
 * One Pi as a rack file describes it.
 *
 * @param name    host name, also the {@code server} name in haproxy.cfg (e.g. {@code raspberrypi01})
 * @param address display address {@code host:port}, e.g. {@code 192.168.1.200:8000}
 * @param model   hardware model shown on the page, e.g. {@code Raspberry Pi 3 Model B}
 */
public record PiSpec(String name, String address, String model) {

    public static final String DEFAULT_MODEL = "Raspberry Pi 3 Model B";

    public String host() {
        int colon = address.lastIndexOf(':');
        return colon < 0 ? address : address.substring(0, colon);
    }

    public int port() {
        int colon = address.lastIndexOf(':');
        return colon < 0 ? 80 : Integer.parseInt(address.substring(colon + 1));
    }
}
