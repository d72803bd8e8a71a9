/**
 * The haproxy.cfg model of Pi Cluster Lab, and the code that reads, checks and writes it.
 *
 * <p>Public API: {@link org.pilab.config.ConfigChecker#check} (strict, the verdict and first error of
 * {@code haproxy -c} 2.6.12), {@link org.pilab.config.ConfigChecker#checkLenient} (the same, but the blog's legacy
 * {@code listen stats *:1936} is accepted with a warning) and {@link org.pilab.config.ConfigWriter#write} (export
 * that real HAProxy accepts). The records ({@link org.pilab.config.HaproxyConfig}, {@link org.pilab.config.Proxy},
 * {@link org.pilab.config.Server}, ...) are the model the rest of the lab reads.
 *
 * <p>How a file is read, following HAProxy 2.6 ({@code readcfgfile()}, then {@code check_config_validity()}):
 * {@link org.pilab.config.Lexer} splits each line (reference §6.1); {@link org.pilab.config.ConfigParser} opens
 * sections and parses global lines; {@link org.pilab.config.ProxyStatementParser} parses proxy lines into a
 * {@link org.pilab.config.ProxyBuilder}; {@link org.pilab.config.ValidityChecks} runs the checks HAProxy makes once
 * the file is read. Messages carry HAProxy's own words in {@link org.pilab.config.Diagnostic#haproxy()}; keyword
 * tables and texts come from HAProxy 2.6.0's sources and were checked against the 2.6.12 binary by the
 * differential tests (src/test/resources/configs/).
 */
package org.pilab.config;
