package org.pilab.config;

import java.util.List;

/** Strips what a round trip through text cannot keep the same: line numbers, source text, the legacy flag. */
final class ModelNormaliser {

    private ModelNormaliser() {
    }

    static HaproxyConfig normalise(HaproxyConfig c) {
        return new HaproxyConfig("", "", new Global(0, statements(c.global().statements()), c.global().statsSocket()),
                c.proxies().stream().map(ModelNormaliser::proxy).toList());
    }

    private static List<Statement> statements(List<Statement> statements) {
        return statements.stream().map(s -> new Statement(0, s.words(), "")).toList();
    }

    private static Proxy proxy(Proxy p) {
        return new Proxy(p.name(), p.kind(), 0, p.mode(),
                p.binds().stream().map(b -> new Bind(b.address(), b.port(), 0, false)).toList(),
                p.defaultBackend(), p.balance(),
                p.servers().stream().map(ModelNormaliser::server).toList(), p.httpCheck(), p.forwardFor(),
                p.requestRules().stream().map(r -> new HeaderRule(r.action(), r.name(), r.format(), r.condition(), 0))
                        .toList(),
                p.timeouts(), p.retries(), p.redispatch(), p.stats(), p.errorFiles(),
                p.acls().stream().map(a -> new Acl(a.name(), a.criterion(), a.values(), 0)).toList(),
                p.useBackends().stream().map(u -> new UseBackend(u.backend(), u.condition(), 0)).toList(),
                p.accessRules().stream().map(r -> new AccessRule(r.action(), r.status(), r.contentType(), r.body(),
                        r.condition(), 0)).toList(),
                p.httpCheckExpect(), p.allBackups(), statements(p.extra()));
    }

    private static Server server(Server s) {
        return new Server(s.name(), s.host(), s.port(), 0, s.check(), s.inter(), s.fastinter(), s.downinter(),
                s.rise(), s.fall(), s.weight(), s.backup(), s.disabled(), s.checkPort(), s.checkAddr(), s.maxconn(),
                s.observe(), s.errorLimit(), s.onError());
    }
}
