package gilsim.vm;

import gilsim.vm.hashing.PyHash;

/** Thin adapter to {@link PyHash} (CPython 3.11's hashes with PYTHONHASHSEED=0). */
final class Hashes {
    private Hashes() {}

    static long str(String s) { return PyHash.hashStr(s); }

    static long ofLong(long v) { return PyHash.hashLong(v); }

    static long ofBig(java.math.BigInteger b) { return PyHash.hashBigInt(b); }

    static long ofDouble(double v, long identityHash) { return PyHash.hashDouble(v, identityHash); }

    static long pointer(long address) { return PyHash.hashPointer(address); }
}
