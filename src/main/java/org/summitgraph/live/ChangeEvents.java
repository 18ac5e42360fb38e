package org.summitgraph.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Announces changes to every instance through PostgreSQL NOTIFY. Sent in the transaction of the
 * change, a notification is delivered only when that transaction commits, and never after a
 * rollback.
 */
@ApplicationScoped
public class ChangeEvents {

    /** Channel of summit changes; the payload is the summit's id. */
    public static final String SUMMITS = "summit_changed";
    /** Channel of membership changes; the payload is the membership's numeric id. */
    public static final String MEMBERSHIPS = "membership_changed";

    @Inject EntityManager em;

    /** Must be called inside the transaction that changed the summit. */
    public void summitChanged(String summitId) {
        notify(SUMMITS, summitId);
    }

    /** Must be called inside the transaction that changed the membership. */
    public void membershipChanged(long membershipId) {
        notify(MEMBERSHIPS, Long.toString(membershipId));
    }

    private void notify(String channel, String payload) {
        em.createNativeQuery("select pg_notify(:channel, :payload)")
                .setParameter("channel", channel)
                .setParameter("payload", payload)
                .getSingleResult();
    }
}
