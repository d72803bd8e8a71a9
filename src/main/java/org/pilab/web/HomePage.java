package org.pilab.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pilab.events.EventLog;

import java.util.List;

/**
 * {@code /}: the course overview with the live rack. The rack table and the event log are Qute fragments that
 * htmx re-fetches when the SSE stream says something changed, so the page and its updates share one markup.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(RackView rack, List<EventLog.Line> log);

        static native TemplateInstance index$rack(RackView rack);

        static native TemplateInstance index$log(List<EventLog.Line> log);
    }

    private final LabView view;
    private final EventLog log;

    public HomePage(LabView view, EventLog log) {
        this.view = view;
        this.log = log;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(view.rack(), log.recent());
    }

    @GET
    @Path("_fragments/rack")
    public TemplateInstance rack() {
        return Templates.index$rack(view.rack());
    }

    @GET
    @Path("_fragments/log")
    public TemplateInstance log() {
        return Templates.index$log(log.recent());
    }
}
