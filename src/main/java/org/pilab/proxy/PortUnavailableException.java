package org.pilab.proxy;

import java.util.List;

/** A frontend could not listen: the port is used by another program, or the system does not allow it. */
public class PortUnavailableException extends RuntimeException {

    private final String frontend;
    private final int port;

    public PortUnavailableException(String frontend, List<String> addresses, int port, String reason, Throwable cause) {
        super("Frontend '" + frontend + "' cannot listen on " + addresses + ": " + reason
                + ". Another program (or another lab) may use port " + port
                + ": stop it, or change the port on the frontend's 'bind' line.", cause);
        this.frontend = frontend;
        this.port = port;
    }

    public String frontend() {
        return frontend;
    }

    public int port() {
        return port;
    }
}
