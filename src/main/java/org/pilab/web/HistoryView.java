package org.pilab.web;

import org.pilab.engine.ConfigHistory;

import java.util.List;

/**
 * The history list on {@code /config}: the newest {@link #SHOWN} versions, and how many older ones the API still
 * has (a busy lesson applies dozens).
 */
public record HistoryView(List<ConfigHistory.Version> versions, int older) {

    static final int SHOWN = 20;

    static HistoryView of(List<ConfigHistory.Version> newestFirst) {
        int shown = Math.min(SHOWN, newestFirst.size());
        return new HistoryView(newestFirst.subList(0, shown), newestFirst.size() - shown);
    }
}
