package org.pilab.rack;

/**
 * A Pi as the rest of the lab sees it.
 *
 * @param number  1-based position in the rack; the {@code #1} in the Pi's greeting
 * @param name    host name and server name, e.g. {@code raspberrypi01}
 * @param address display address, e.g. {@code 192.168.1.200:8000}
 * @param socket  where it really listens: {@code 127.0.0.1:41234} for a virtual Pi, the address itself for a real one
 * @param model   hardware model
 * @param power   {@code on}, {@code off} (killed) or {@code external} (a real Pi the lab cannot switch)
 * @param served  requests this virtual Pi has answered
 */
public record Pi(int number, String name, String address, String socket, String model, String power, long served) {
}
