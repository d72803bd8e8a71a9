package org.pilab.config;

/** {@code mode tcp|http}. HAProxy's default is {@code tcp} (CFG 4.2 "mode"). */
public enum ProxyMode {
    TCP, HTTP
}
