package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.clinicqueue.application.history.QueueBroadcast;

/**
 * Tells every open console that the queue changed, the moment a change is committed on any node: it observes
 * {@link QueueBroadcast} (delivered on this node by the cluster topic) and sends one word on the Faces
 * websocket channel {@value #CHANNEL}. Pages listen with {@code <f:websocket channel="queue">} and reload their
 * live panels through a nested {@code <f:ajax event="changed">}, so nobody polls.
 *
 * <p>The message carries no patient data (it only says "changed"): what a page then shows is read through
 * the EJBs, under the signed-in person's own roles.
 */
@ApplicationScoped
public class ConsolePush {

    public static final String CHANNEL = "queue";
    public static final String CHANGED = "changed";

    @Inject
    @Push(channel = CHANNEL)
    private PushContext queue;

    void onQueueChange(@Observes QueueBroadcast broadcast) {
        queue.send(CHANGED);
    }
}
