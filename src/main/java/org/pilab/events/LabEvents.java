package org.pilab.events;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one event bus of the lab: rack, proxy and health publish here; the SSE stream, pages and lessons read.
 * A hot stream: subscribers see what happens after they subscribe.
 */
@ApplicationScoped
public class LabEvents {

    private final BroadcastProcessor<LabEvent> processor = BroadcastProcessor.create();

    /** Publishes <event> to every current subscriber. Safe from any thread. */
    public void publish(LabEvent event) {
        synchronized (processor) {
            processor.onNext(event);
        }
    }

    /** Every event from now on. */
    public Multi<LabEvent> stream() {
        return processor;
    }
}
