package org.pilab.web;

import jakarta.ws.rs.core.Response.Status;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.pilab.rack.InvalidRackException;
import org.pilab.rack.RealPiException;
import org.pilab.rack.UnknownPiException;

/** Turns the lab's domain exceptions into API errors: status codes are decided here and nowhere else. */
public class ErrorMappers {

    @ServerExceptionMapper
    public RestResponse<ApiError> unknownPi(UnknownPiException e) {
        return RestResponse.status(Status.NOT_FOUND, new ApiError("UNKNOWN_PI", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> realPi(RealPiException e) {
        return RestResponse.status(Status.CONFLICT, new ApiError("REAL_PI", e.getMessage()));
    }

    @ServerExceptionMapper
    public RestResponse<ApiError> invalidRack(InvalidRackException e) {
        return RestResponse.status(Status.BAD_REQUEST, new ApiError("INVALID_RACK", e.getMessage()));
    }
}
