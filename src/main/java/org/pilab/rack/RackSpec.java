package org.pilab.rack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rack file ({@code rack.yaml}): the Pis of a scenario, in order. Pi number N (1-based) is the N-th entry.
 *
 * <pre>
 * pis:
 *   - name: raspberrypi01
 *     address: 192.168.1.200:8000
 * </pre>
 */
public record RackSpec(List<PiSpec> pis) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}");

    public RackSpec {
        pis = List.copyOf(pis);
    }

    /**
     * Reads a rack file. Every problem names the entry and field and says how to fix it.
     *
     * @throws InvalidRackException when the YAML is malformed or an entry is incomplete
     */
    public static RackSpec parse(String source, String yaml) {
        RackFile file;
        try {
            file = YAML.readValue(yaml, RackFile.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidRackException(source + ": not a valid rack file: " + e.getOriginalMessage()
                    + ". Expected 'pis:' followed by entries with 'name' and 'address' (host:port).");
        }
        if (file == null || file.pis == null || file.pis.isEmpty()) {
            throw new InvalidRackException(source + ": no Pis. Add a 'pis:' list with at least one entry.");
        }
        List<PiSpec> pis = new ArrayList<>();
        for (int i = 0; i < file.pis.size(); i++) {
            RackFile.Entry e = file.pis.get(i);
            String where = source + ": Pi #" + (i + 1);
            if (e.name == null || !NAME.matcher(e.name).matches()) {
                throw new InvalidRackException(where + ": 'name' is missing or has odd characters ('" + e.name
                        + "'). Use letters, digits, '.', '-' or '_', e.g. raspberrypi01.");
            }
            if (e.address == null || !ADDRESS.matcher(e.address).matches()) {
                throw new InvalidRackException(where + " (" + e.name + "): 'address' must be host:port, e.g. "
                        + "192.168.1.200:8000, not '" + e.address + "'.");
            }
            for (PiSpec other : pis) {
                if (other.name().equals(e.name) || other.address().equals(e.address)) {
                    throw new InvalidRackException(where + " (" + e.name + "): name or address already used by "
                            + other.name() + ". Every Pi needs its own name and address.");
                }
            }
            pis.add(new PiSpec(e.name, e.address, e.model == null ? PiSpec.DEFAULT_MODEL : e.model));
        }
        return new RackSpec(pis);
    }

    /** The YAML shape, kept apart from the record so field errors can be worded for learners. */
    static final class RackFile {
        public List<Entry> pis;

        static final class Entry {
            public String name;
            public String address;
            public String model;
        }
    }
}
