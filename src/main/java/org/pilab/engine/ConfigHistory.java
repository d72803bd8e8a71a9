package org.pilab.engine;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pilab.config.CheckReport;
import org.pilab.config.ConfigChecker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every config the lab has run, saved under {@code lab.data-dir}: {@code history/NNNN-<timestamp>.cfg} per version
 * and {@code current.cfg} for the one running now. Files are written to a temporary name and moved into place
 * atomically, so a crash never leaves half a config; nothing here ever deletes a version.
 *
 * <p>Version files are never rewritten, so what the list shows about each one (verdict, size, change summary)
 * is computed once and cached by file name. A file that cannot be read (permissions, not UTF-8, a name typed by
 * hand) is listed as unreadable with the reason instead of failing the list.
 */
@ApplicationScoped
public class ConfigHistory {

    /** {@code 0007-20261124T230545.123Z.cfg}: the version number, then when it was applied (UTC). */
    private static final Pattern NAME = Pattern.compile("(\\d{4,9})-([0-9TZ.]+)\\.cfg");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    static final String UNREADABLE = "unreadable";

    /**
     * One saved version as {@code GET /api/config/history} lists it.
     *
     * @param id      version number, 1 for the first
     * @param time    when it was applied
     * @param verdict the strict checker's verdict ({@code valid}, {@code warnings}, {@code invalid} for the
     *                blog's legacy forms the lab ran leniently), or {@code unreadable}
     * @param size    bytes
     * @param summary the first line of the change against the version before, e.g. {@code +1 −1: balance static-rr}
     * @param file    the file name under {@code history/}
     * @param error   why the file cannot be read, else null
     */
    public record Version(int id, Instant time, String verdict, long size, String summary, String file, String error) {
    }

    private final Path dir;
    private final Path current;
    private final Map<String, Version> described = new ConcurrentHashMap<>();

    @Inject
    public ConfigHistory(LabSettings settings) {
        this(settings.dataDir());
    }

    /** For tests: versions under <data>. */
    ConfigHistory(Path data) {
        this.dir = data.resolve("history");
        this.current = data.resolve("current.cfg");
    }

    /** The folder the versions live in. */
    public Path directory() {
        return dir;
    }

    /**
     * Saves <text> as the next version and as {@code current.cfg}. Safe to call from several threads.
     *
     * @return the new version
     * @throws UncheckedIOException when the data directory cannot be written (full disk, permissions)
     */
    public synchronized Version save(String text) {
        try {
            Files.createDirectories(dir);
            int id = nextId();
            Instant now = Instant.now();
            String name = String.format("%04d-%s.cfg", id, STAMP.format(now));
            writeAtomically(dir.resolve(name), text);
            writeAtomically(current, text);
            return describe(dir.resolve(name)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the config under " + dir + ": " + e.getMessage()
                    + ". Check that the folder exists and is writable, or set lab.data-dir to one that is.", e);
        }
    }

    /** Every version, newest first. An unreadable folder gives an empty list and a log line, never an error. */
    public List<Version> findAll() {
        List<Version> out = new ArrayList<>();
        for (Path file : files()) {
            describe(file).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(Version::id).reversed());
        return out;
    }

    /** The newest version's text, if there is a readable one. */
    public Optional<String> findLatestText() {
        return findAll().stream().filter(v -> v.error() == null).findFirst().flatMap(v -> {
            try {
                return Optional.of(findText(v.id()));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The text of version <id>.
     *
     * @throws UnknownVersionException when there is no such version
     * @throws UnreadableVersionException when its file cannot be read as UTF-8 text
     */
    public String findText(int id) {
        Path file = files().stream().filter(f -> idOf(f) == id).findFirst()
                .orElseThrow(() -> new UnknownVersionException(id));
        try {
            return read(file);
        } catch (IOException e) {
            throw new UnreadableVersionException(id, file, reason(e));
        }
    }

    private int nextId() {
        return files().stream().mapToInt(ConfigHistory::idOf).max().orElse(0) + 1;
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.cfg")) {
            for (Path p : stream) {
                if (NAME.matcher(p.getFileName().toString()).matches()) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            Log.warnf("Cannot list %s: %s", dir, e.getMessage());
        }
        out.sort(Comparator.comparingInt(ConfigHistory::idOf));
        return out;
    }

    private Optional<Version> describe(Path file) {
        String name = file.getFileName().toString();
        Version known = described.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        int id = Integer.parseInt(m.group(1));
        Instant time = timeOf(m.group(2), file);
        Version version;
        try {
            String text = read(file);
            CheckReport report = ConfigChecker.check(name, text);
            String previous = previousText(id);
            String summary = previous == null ? "first version, " + text.lines().count() + " lines"
                    : LineDiff.diff(previous, text).summary();
            version = new Version(id, time, report.verdict().json(), text.getBytes(StandardCharsets.UTF_8).length,
                    summary, name, null);
        } catch (IOException e) {
            long size = sizeOf(file);
            version = new Version(id, time, UNREADABLE, size, "cannot be read: " + reason(e), name, reason(e));
            // not cached: the learner may fix the file's permissions and look again
            return Optional.of(version);
        }
        described.put(name, version);
        return Optional.of(version);
    }

    /** The text of the readable version just before <id>, or null for the first. */
    private String previousText(int id) {
        List<Path> before = files().stream().filter(f -> idOf(f) < id).toList();
        for (int i = before.size() - 1; i >= 0; i--) {
            try {
                return read(before.get(i));
            } catch (IOException e) {
                // an unreadable version is skipped: compare with the one before it
            }
        }
        return null;
    }

    private static String read(Path file) throws IOException {
        // newBufferedReader-style strict decoding: a file that is not UTF-8 is reported, not silently mangled
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text (was it saved by another program?)", e);
        }
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // same folder, so only exotic file systems get here; a plain replace is the best they offer
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static int idOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static Instant timeOf(String stamp, Path file) {
        try {
            return STAMP.parse(stamp, Instant::from);
        } catch (DateTimeParseException e) {
            try {
                return Files.getLastModifiedTime(file).toInstant();
            } catch (IOException io) {
                return Instant.EPOCH;
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
