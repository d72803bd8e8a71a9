package org.pilab.engine;

import org.pilab.config.HaproxyConfig;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The export of a running config: {@code org.pilab.config.ConfigWriter.write(HaproxyConfig)}, which modernises
 * legacy forms and adds missing timeouts so real HAProxy 2.6 accepts the file.
 *
 * <p>The writer is built in the {@code config} package on its own branch; it is looked up by name here so this
 * branch compiles and runs before both meet on main. Once they have, this can become a direct call.
 */
public final class ConfigExport {

    private static final MethodHandle WRITE = find();

    private ConfigExport() {
    }

    /** Whether the writer is on the class path. */
    public static boolean available() {
        return WRITE != null;
    }

    /**
     * The text real HAProxy should accept for <config>.
     *
     * @throws ExportUnavailableException when the writer is not part of this build
     */
    public static String write(HaproxyConfig config) {
        if (WRITE == null) {
            throw new ExportUnavailableException();
        }
        try {
            return (String) WRITE.invokeExact(config);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MethodHandle find() {
        try {
            Class<?> writer = Class.forName("org.pilab.config.ConfigWriter", true, ConfigExport.class.getClassLoader());
            return MethodHandles.publicLookup().findStatic(writer, "write",
                    MethodType.methodType(String.class, HaproxyConfig.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
