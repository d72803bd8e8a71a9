package org.pilab.proxy;

import io.vertx.core.http.HttpServerRequest;

/**
 * What HAProxy's sample fetches read from a request: the client and local addresses and the headers
 * (reference §3.1: {@code %[dst_port]} is the port the client connected to).
 */
record RequestContext(HttpServerRequest request, String frontend, String backend) {

    String src() {
        return request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
    }

    int srcPort() {
        return request.remoteAddress() == null ? 0 : request.remoteAddress().port();
    }

    String dst() {
        return request.localAddress() == null ? "" : request.localAddress().hostAddress();
    }

    int dstPort() {
        return request.localAddress() == null ? 0 : request.localAddress().port();
    }

    boolean sslFc() {
        return request.isSSL();
    }
}
