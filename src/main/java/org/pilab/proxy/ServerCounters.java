package org.pilab.proxy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Traffic counters of one server, named after the stats CSV columns (reference §4.4) so the stats page can
 * show them unchanged. Safe from any thread.
 */
public final class ServerCounters {

    /** scur: requests in flight. */
    final AtomicInteger current = new AtomicInteger();
    /** smax: most requests in flight at once. */
    final AtomicInteger max = new AtomicInteger();
    /** stot: requests sent to this server. */
    final LongAdder total = new LongAdder();
    /** lbtot: times the balancer picked this server. */
    final LongAdder lbTotal = new LongAdder();
    /** econ: failed connection attempts. */
    final LongAdder connectionErrors = new LongAdder();
    /** eresp: response errors (server closed, timed out, sent garbage). */
    final LongAdder responseErrors = new LongAdder();
    /** wretr: connection retries. */
    final LongAdder retries = new LongAdder();
    /** wredis: redispatches to another server. */
    final LongAdder redispatches = new LongAdder();
    /** bin / bout. */
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    /** hrsp_1xx … hrsp_5xx, hrsp_other. */
    final LongAdder[] responses = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(),
            new LongAdder(), new LongAdder()};
    /** Epoch millis of the last request sent, -1 for never (lastsess). */
    final AtomicLong lastSession = new AtomicLong(-1);

    void started() {
        int now = current.incrementAndGet();
        max.accumulateAndGet(now, Math::max);
        total.increment();
        lastSession.set(System.currentTimeMillis());
    }

    void finished(int status) {
        current.decrementAndGet();
        int bucket = status / 100;
        responses[bucket >= 1 && bucket <= 5 ? bucket - 1 : 5].increment();
    }

    public Snapshot snapshot() {
        long[] r = new long[6];
        for (int i = 0; i < 6; i++) {
            r[i] = responses[i].sum();
        }
        return new Snapshot(current.get(), max.get(), total.sum(), lbTotal.sum(), connectionErrors.sum(),
                responseErrors.sum(), retries.sum(), redispatches.sum(), bytesIn.sum(), bytesOut.sum(), r,
                lastSession.get());
    }

    /** An immutable copy of the counters; field names follow the stats CSV. */
    public record Snapshot(int scur, int smax, long stot, long lbtot, long econ, long eresp, long wretr, long wredis,
                           long bin, long bout, long[] hrsp, long lastSessionMs) {
    }
}
