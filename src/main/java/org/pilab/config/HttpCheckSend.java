package org.pilab.config;

import java.util.ArrayList;
import java.util.List;

/** The parts of an {@code http-check send} rule; each one set replaces the same part of {@code option httpchk}. */
final class HttpCheckSend {

    String method;
    String uri;
    String version;
    final List<HttpCheck.Header> headers = new ArrayList<>();

    HttpCheck applyTo(HttpCheck base) {
        List<HttpCheck.Header> all = new ArrayList<>(base.headers());
        all.addAll(headers);
        return new HttpCheck(method == null ? base.method() : method, uri == null ? base.uri() : uri,
                version == null ? base.version() : version, all);
    }
}
