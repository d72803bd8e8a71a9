package org.pilab.config;

/** The three proxy sections; a {@code listen} section is a frontend and a backend in one. */
public enum ProxyKind {
    FRONTEND, BACKEND, LISTEN;

    public boolean hasFrontend() {
        return this != BACKEND;
    }

    public boolean hasBackend() {
        return this != FRONTEND;
    }

    /** The section keyword as written in a config file. */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
