package gilsim.vm.table;

/**
 * Hash and equality of keys, supplied by the VM: {@link SetTable} and {@link DictTable} never look
 * inside a key. Both tables call {@link #eq} from a single place each, only after the identity
 * check failed and the stored hash equals the probe's, as CPython does; equality that runs Python
 * code (a user {@code __eq__}) can therefore be routed from there.
 *
 * @param <K> the VM's key type
 */
public interface KeyOps<K> {
    /** {@code hash(key)}; never -1 (CPython's error code). May throw for unhashable keys. */
    long hash(K key);

    /**
     * {@code stored == probe} as {@code PyObject_RichCompareBool(stored, probe, Py_EQ)} minus its
     * identity shortcut, which the tables do themselves: {@code stored} is the key in the table,
     * {@code probe} the one looked up, in CPython's argument order.
     */
    boolean eq(K stored, K probe);
}
