package org.pilab.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.pilab.events.LabEvent;
import org.pilab.events.LabEvents;

import java.time.Duration;

/**
 * {@code GET /api/events}: the lab's one SSE stream. Each event is named after its type ({@code server-state},
 * {@code check}, {@code pi-power}, {@code request}, {@code config-applied}) and carries JSON. A heartbeat comment
 * every 15 s keeps idle proxies from cutting the stream.
 */
@Path("/api/events")
public class EventsResource {

    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final LabEvents events;
    private final ObjectMapper json;

    public EventsResource(LabEvents events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Multi<OutboundSseEvent> lab = events.stream()
                .onOverflow().drop()
                .map(e -> sse.newEventBuilder().name(e.type()).data(String.class, toJson(e)).build());
        Multi<OutboundSseEvent> heartbeat = Multi.createFrom().ticks().every(HEARTBEAT)
                .onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(lab, heartbeat);
    }

    private String toJson(LabEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
