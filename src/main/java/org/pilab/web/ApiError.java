package org.pilab.web;

/** The JSON body of every API error: a stable code and a message that says what to do. */
public record ApiError(String code, String message) {
}
