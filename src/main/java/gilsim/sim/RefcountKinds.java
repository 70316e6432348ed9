package gilsim.sim;

/**
 * Refcount operations by kind (the five cost kinds of the issue, the two lock models, and what was
 * not counted at all).
 *
 * @param plain           non-atomic load-add-store ({@code %refcount plain})
 * @param atomic          atomic read-modify-write ({@code %refcount atomic})
 * @param contended       operations (of any model) on a cache line another core wrote last
 * @param biasedLocal     PEP 703 owner fast path
 * @param biasedShared    PEP 703 non-owner atomic path
 * @param locked          lock + update + unlock of the object's own mutex ({@code %refcount locked})
 * @param globalLock      the same under the one global refcount lock ({@code %refcount global-lock})
 * @param immortalSkipped operations not done because the object is immortal
 * @param deferredSkipped stack operations skipped by deferred counting (3.14t)
 * @param queued          non-owner decrements queued to the owner (biased)
 */
public record RefcountKinds(long plain, long atomic, long contended, long biasedLocal, long biasedShared, long locked,
                            long globalLock, long immortalSkipped, long deferredSkipped, long queued) {

    static RefcountKinds of(SimThread t) {
        return new RefcountKinds(t.ops(RefcountOp.PLAIN), t.ops(RefcountOp.ATOMIC), t.opsContended,
                t.ops(RefcountOp.BIASED_LOCAL), t.ops(RefcountOp.BIASED_SHARED), t.ops(RefcountOp.LOCKED),
                t.ops(RefcountOp.GLOBAL_LOCK), t.opsImmortal, t.opsDeferred, t.queuedDecrefs);
    }

    RefcountKinds plus(RefcountKinds o) {
        return new RefcountKinds(plain + o.plain, atomic + o.atomic, contended + o.contended, biasedLocal + o.biasedLocal,
                biasedShared + o.biasedShared, locked + o.locked, globalLock + o.globalLock,
                immortalSkipped + o.immortalSkipped, deferredSkipped + o.deferredSkipped, queued + o.queued);
    }

    /** Operations done (the skipped ones excluded). */
    public long total() {
        return plain + atomic + biasedLocal + biasedShared + locked + globalLock;
    }
}
