package gilsim.sim;

/**
 * The paths a refcount operation can take, one per cost kind: what each {@link SimThread} counts
 * (indexed by ordinal, so that a model's private path can count its kind with one array add) and
 * what each costs when nothing contends.
 */
enum RefcountOp {
    /** Non-atomic load-add-store ({@code %refcount plain}). */
    PLAIN,
    /** Atomic read-modify-write ({@code %refcount atomic}). */
    ATOMIC,
    /** PEP 703 owner fast path. */
    BIASED_LOCAL,
    /** PEP 703 non-owner atomic path. */
    BIASED_SHARED,
    /** Lock, update and unlock of the object's own mutex ({@code %refcount locked}). */
    LOCKED,
    /** The same under the one global refcount lock ({@code %refcount global-lock}). */
    GLOBAL_LOCK;

    static final int COUNT = values().length;

    /** One operation of this kind when its cache line (and its lock, if any) is this core's. */
    long uncontendedPs(Costs c) {
        return switch (this) {
            case PLAIN -> c.plain;
            case ATOMIC -> c.atomic;
            case BIASED_LOCAL -> c.biasedLocal;
            case BIASED_SHARED -> c.biasedShared;
            case LOCKED, GLOBAL_LOCK -> c.mutex + c.plain;
        };
    }
}
