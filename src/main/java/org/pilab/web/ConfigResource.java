package org.pilab.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
import org.pilab.config.CheckReport;
import org.pilab.config.ConfigChecker;
import org.pilab.engine.LabService;

/** The running haproxy.cfg, and the checker that judges a config like {@code haproxy -c}. */
@Path("/api/config")
public class ConfigResource {

    private final LabService lab;

    public ConfigResource(LabService lab) {
        this.lab = lab;
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
}
