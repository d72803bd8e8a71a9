package org.pilab.proxy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventThrottleTest {

    @Test
    void shouldLetTheLimitThroughEachSecondAndThenRefuse() {
        EventThrottle throttle = new EventThrottle(3);
        assertThat(throttle.tryAcquire(10_000)).isTrue();
        assertThat(throttle.tryAcquire(10_100)).isTrue();
        assertThat(throttle.tryAcquire(10_200)).isTrue();
        assertThat(throttle.tryAcquire(10_999)).isFalse();
        assertThat(throttle.tryAcquire(11_000)).isTrue();
    }
}
