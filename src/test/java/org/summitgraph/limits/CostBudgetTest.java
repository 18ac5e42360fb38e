package org.summitgraph.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The rate limit's buckets, on a clock the test moves. */
class CostBudgetTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);
    /** 60 points a minute: one a second. */
    private final CostBudget budget = new CostBudget(60, now::get);

    @Test
    void aBucketStartsFullAndEachChargeTakesItsCost() {
        CostBudget.Charge first = budget.charge("a", 40);
        assertTrue(first.granted());
        assertEquals(20, first.remaining());
        assertEquals(60, first.limit());
        assertEquals(40, first.resetSeconds());
        assertEquals(0, first.retryAfterSeconds());
    }

    @Test
    void aChargeOverWhatIsLeftIsRefusedTakesNothingAndSaysWhenItWouldPass() {
        budget.charge("a", 40);
        CostBudget.Charge refused = budget.charge("a", 30);
        assertFalse(refused.granted());
        assertEquals(20, refused.remaining());
        assertEquals(10, refused.retryAfterSeconds());
        now.addAndGet(9 * SECOND);
        assertFalse(budget.charge("a", 30).granted(), "29 points after 9 s");
        now.addAndGet(SECOND);
        CostBudget.Charge granted = budget.charge("a", 30);
        assertTrue(granted.granted(), "30 points after 10 s");
        assertEquals(0, granted.remaining());
    }

    @Test
    void aBucketRefillsContinuouslyUpToItsSize() {
        budget.charge("a", 60);
        now.addAndGet(SECOND / 2);
        assertEquals(0, budget.charge("a", 0).remaining(), "half a point");
        now.addAndGet(SECOND / 2);
        assertEquals(1, budget.charge("a", 0).remaining());
        now.addAndGet(10 * 60 * SECOND);
        assertEquals(60, budget.charge("a", 0).remaining(), "never more than a minute's worth");
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        assertTrue(budget.charge("a", 60).granted());
        assertFalse(budget.charge("a", 1).granted());
        assertTrue(budget.charge("b", 60).granted());
    }

    @Test
    void anOperationCostingMoreThanAMinuteNeverPasses() {
        CostBudget.Charge refused = budget.charge("a", 61);
        assertFalse(refused.granted());
        assertEquals(60, refused.remaining());
        now.addAndGet(3600 * SECOND);
        assertFalse(budget.charge("a", 61).granted());
    }

    @Test
    void bucketsFullAgainAreForgotten() {
        budget.charge("a", 60);
        budget.charge("b", 1);
        assertEquals(2, budget.clients());
        now.addAndGet(30 * SECOND);
        budget.charge("c", 1);
        assertEquals(3, budget.clients(), "no sweep before a minute has passed");
        now.addAndGet(31 * SECOND);
        budget.charge("d", 1);
        // a is at 61 s of refill, b and c full too; only d, just charged, is left
        assertEquals(1, budget.clients());
    }
}
