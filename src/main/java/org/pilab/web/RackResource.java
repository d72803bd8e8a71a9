package org.pilab.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pilab.rack.Rack;

/** The rack API (DESIGN.md, interface contract): list the Pis, kill and revive them. */
@Path("/api/rack")
@Produces(MediaType.APPLICATION_JSON)
public class RackResource {

    private final Rack rack;
    private final LabView view;

    public RackResource(Rack rack, LabView view) {
        this.rack = rack;
        this.view = view;
    }

    @GET
    public RackView rack() {
        return view.rack();
    }

    @GET
    @Path("/pis/{id}")
    public RackView.PiView pi(@PathParam("id") String id) {
        return view.pi(rack.find(id));
    }

    /** The Pi's web server stops listening: connections are refused until it is revived. */
    @POST
    @Path("/pis/{id}/kill")
    public RackView.PiView kill(@PathParam("id") String id) {
        return view.pi(rack.kill(id));
    }

    @POST
    @Path("/pis/{id}/revive")
    public RackView.PiView revive(@PathParam("id") String id) {
        return view.pi(rack.revive(id));
    }
}
