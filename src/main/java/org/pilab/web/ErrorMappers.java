package org.pilab.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pilab.engine.UnknownVersionException;
import org.pilab.engine.UnreadableVersionException;
import org.pilab.proxy.PortUnavailableException;
import org.pilab.rack.InvalidRackException;
import org.pilab.rack.RealPiException;
import org.pilab.rack.UnknownPiException;

/** Turns the lab's domain exceptions into API errors: status codes are decided here and nowhere else. */
public class ErrorMappers {

    @ServerExceptionMapper
    public RestResponse<ApiError> unknownPi(UnknownPiException e) {
        return json(Status.NOT_FOUND, new ApiError("UNKNOWN_PI", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> realPi(RealPiException e) {
        return json(Status.CONFLICT, new ApiError("REAL_PI", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> invalidRack(InvalidRackException e) {
        return json(Status.BAD_REQUEST, new ApiError("INVALID_RACK", e.getMessage()));
    }

    /** The new config is fine but its port is taken: the previous config still runs. */
    @ServerExceptionMapper
    public RestResponse<ApiError> portUnavailable(PortUnavailableException e) {
        return json(Status.CONFLICT, new ApiError("PORT_UNAVAILABLE", e.getMessage() + " The previous config is still running."));
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> unknownVersion(UnknownVersionException e) {
        return json(Status.NOT_FOUND, new ApiError("UNKNOWN_VERSION", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> unreadableVersion(UnreadableVersionException e) {
        return json(Status.CONFLICT, new ApiError("UNREADABLE_VERSION", e.getMessage()));
    }

    /** Always JSON, also when the failing endpoint answers text/plain (the config text, the export). */
    private static RestResponse<ApiError> json(Status status, ApiError error) {
        return RestResponse.ResponseBuilder.create(status, error).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
