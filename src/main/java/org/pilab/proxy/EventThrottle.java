package org.pilab.proxy;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets at most <limit> per-request events through each second. A learner's six curls each show up on the page;
 * a load test does not flood the event stream (and every open browser) with thousands of events a second.
 * Lock-free: one window counter shared by both event loops.
 */
final class EventThrottle {

    private final int limit;
    /** High 32 bits: the second of the window; low 32 bits: events let through in it. */
    private final AtomicLong window = new AtomicLong();

    EventThrottle(int limit) {
        this.limit = limit;
    }

    /** Whether one more event may go out at <nowMillis>. */
    boolean tryAcquire(long nowMillis) {
        long second = nowMillis / 1000;
        while (true) {
            long current = window.get();
            long currentSecond = current >>> 32;
            int count = (int) current;
            long next;
            if (currentSecond != second) {
                next = (second << 32) | 1;
            } else if (count < limit) {
                next = current + 1;
            } else {
                return false;
            }
            if (window.compareAndSet(current, next)) {
                return true;
            }
        }
    }
}
