package org.pilab.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.pilab.config.CheckReport;
import org.pilab.config.ConfigChecker;
import org.pilab.config.ConfigWriter;
import org.pilab.engine.ConfigHistory;
import org.pilab.engine.LabService;

import java.util.List;

/**
 * The running haproxy.cfg: read it, check a config like {@code haproxy -c}, apply one live, export it for a real
 * Pi, and go back to any version applied before.
 */
@Path("/api/config")
public class ConfigResource {

    private final LabService lab;
    private final ConfigHistory history;

    public ConfigResource(LabService lab, ConfigHistory history) {
        this.lab = lab;
        this.history = history;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String config() {
        return lab.running().config().text();
    }

    /** The verdict {@code haproxy -c} would give: 200 for valid/warnings, 400 for invalid/no-listener. */
    @POST
    @Path("/check")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<CheckReport> check(String text) {
        CheckReport report = ConfigChecker.check("haproxy.cfg", text == null ? "" : text);
        return RestResponse.status(report.accepted() ? RestResponse.Status.OK : RestResponse.Status.BAD_REQUEST, report);
    }

    /**
     * Applies a config live: 200 with the report when it runs, 400 with the report (and nothing changed) when it
     * has errors or no listener, 409 when a port cannot be bound (nothing changed either).
     */
    @PUT
    @Consumes({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<CheckReport> apply(String text) {
        return answer(lab.apply(text == null ? "" : text));
    }

    /** The running config as a file real HAProxy 2.6 accepts ({@code haproxy -c} exit 0). */
    @GET
    @Path("/export")
    @Produces(MediaType.TEXT_PLAIN)
    public RestResponse<String> export() {
        return RestResponse.ResponseBuilder.ok(ConfigWriter.write(lab.running().config()), MediaType.TEXT_PLAIN_TYPE)
                .header("Content-Disposition", "attachment; filename=haproxy.cfg")
                .build();
    }

    /** Every applied version, newest first. */
    @GET
    @Path("/history")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ConfigHistory.Version> history() {
        return history.findAll();
    }

    @GET
    @Path("/history/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String version(@PathParam("id") int id) {
        return history.findText(id);
    }

    /** Applies version <id> again, by the same rules as {@code PUT /api/config}; it becomes a new version. */
    @POST
    @Path("/history/{id}/restore")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<CheckReport> restore(@PathParam("id") int id) {
        return answer(lab.apply(history.findText(id)));
    }

    private static RestResponse<CheckReport> answer(LabService.Applied applied) {
        return RestResponse.status(applied.applied() ? RestResponse.Status.OK : RestResponse.Status.BAD_REQUEST,
                applied.report());
    }
}
