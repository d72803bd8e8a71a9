package org.pilab.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigHistoryTest {

    private static final String VALID = """
            defaults
                mode http
                timeout connect 5s
                timeout client 50s
                timeout server 50s

            frontend web
                bind *:80
                default_backend nodes

            backend nodes
                server raspberrypi01 192.168.1.200:8000 check
            """;

    @TempDir
    Path data;

    @Test
    void shouldNumberVersionsAndKeepCurrentWhenSaving() throws Exception {
        ConfigHistory history = new ConfigHistory(data);
        ConfigHistory.Version first = history.save(VALID);
        ConfigHistory.Version second = history.save(VALID.replace("check\n", "check inter 1s\n"));

        assertThat(first.id()).isEqualTo(1);
        assertThat(second.id()).isEqualTo(2);
        assertThat(first.verdict()).isEqualTo("valid");
        assertThat(first.summary()).isEqualTo("first version, 12 lines");
        assertThat(second.summary()).isEqualTo("+1 \u22121: server raspberrypi01 192.168.1.200:8000 check inter 1s");
        assertThat(history.findAll()).extracting(ConfigHistory.Version::id).containsExactly(2, 1);
        assertThat(data.resolve("current.cfg")).hasContent(VALID.replace("check\n", "check inter 1s\n"));
        assertThat(history.findText(1)).isEqualTo(VALID);
        try (var files = Files.list(data.resolve("history"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary files left behind").allMatch(n -> n.matches("\\d{4}-.*Z\\.cfg"));
        }
    }

    @Test
    void shouldListACorruptFileAsUnreadableWithoutFailing() throws Exception {
        ConfigHistory history = new ConfigHistory(data);
        history.save(VALID);
        Files.write(data.resolve("history/0002-20261124T230545.123Z.cfg"), new byte[] {'g', (byte) 0xC3, (byte) 0x28, '\n'});
        Files.writeString(data.resolve("history/notes.cfg"), "not a version");

        assertThat(history.findAll()).extracting(ConfigHistory.Version::id, ConfigHistory.Version::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "unreadable"), org.assertj.core.groups.Tuple.tuple(1, "valid"));
        assertThat(history.findAll().get(0).error()).contains("not UTF-8");
        assertThatThrownBy(() -> history.findText(2)).isInstanceOf(UnreadableVersionException.class)
                .hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> history.findText(7)).isInstanceOf(UnknownVersionException.class);
        assertThat(history.save(VALID).id()).as("numbering goes on after the corrupt file").isEqualTo(3);
        assertThat(history.findLatestText()).contains(VALID);
    }

    @Test
    void shouldListNothingWhenTheFolderDoesNotExist() {
        assertThat(new ConfigHistory(data.resolve("nowhere")).findAll()).isEmpty();
    }
}
