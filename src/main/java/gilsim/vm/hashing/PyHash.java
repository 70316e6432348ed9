package gilsim.vm.hashing;

import java.math.BigInteger;

/**
 * CPython 3.11's hash functions (64-bit build, PYTHONHASHSEED=0) on plain Java values.
 *
 * <p>Numbers hash by their value modulo the Mersenne prime 2**61 - 1 (Python/pyhash.c,
 * Objects/longobject.c {@code long_hash}), so that {@code hash(1) == hash(1.0) == hash(True)}:
 * equal numbers of different types must land in the same set and dict slot. -1 is CPython's error
 * code and is never a hash: it becomes -2.
 */
public final class PyHash {
    /** Number of bits of the modulus: {@code sys.hash_info.width - 3}. */
    public static final int BITS = 61;
    /** {@code sys.hash_info.modulus}: 2**61 - 1. */
    public static final long MODULUS = (1L << BITS) - 1;
    /** {@code hash(float('inf'))}. */
    public static final long INF = 314159;

    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    private PyHash() {}

    /**
     * {@code hash(s)} for a str. CPython hashes its internal representation: one byte per code
     * point if all are below 256, else two (UCS-2) if all are below 65536, else four (UCS-4).
     */
    public static long hashStr(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        char max = 0;
        boolean pair = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > max) {
                max = c;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                pair = true;
                break;
            }
        }
        long h;
        if (pair) {
            h = SipHash13.hashUcs4(s);
        } else if (max < 256) {
            h = SipHash13.hashLatin1(s);
        } else {
            h = SipHash13.hashUcs2(s);
        }
        return h == -1 ? -2 : h;
    }

    /** {@code hash(b)} for bytes; {@code hash(b'') == 0}. */
    public static long hashBytes(byte[] data) {
        return hashBytes(data, 0, data.length);
    }

    /** {@code hash(b)} for {@code length} bytes of {@code data} from {@code offset}. */
    public static long hashBytes(byte[] data, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        long h = SipHash13.hash(data, offset, length);
        return h == -1 ? -2 : h;
    }

    /** {@code hash(n)} for an int that fits in a long (also bool: {@code hash(True) == 1}). */
    public static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            // |v| = 2**63 = 4 * 2**61 ≡ 4 (mod 2**61 - 1)
            return -4;
        }
        long r = Math.abs(v) % MODULUS;
        long h = v < 0 ? -r : r;
        return h == -1 ? -2 : h;
    }

    /** {@code hash(n)} for an int of any size. */
    public static long hashBigInt(BigInteger v) {
        if (v.bitLength() < 64) {
            return hashLong(v.longValue());
        }
        long r = v.abs().mod(BIG_MODULUS).longValue();
        long h = v.signum() < 0 ? -r : r;
        return h == -1 ? -2 : h;
    }

    /**
     * {@code hash(x)} for a float (_Py_HashDouble): an integral float hashes like the equal int,
     * and in general x = m * 2**e hashes as m * 2**e mod (2**61 - 1). Since 3.10 a NaN hashes by
     * the identity of its object: {@code nanIdentity} is the address-like id the VM gives that
     * float object (it goes through {@link #hashPointer}).
     */
    public static long hashDouble(double v, long nanIdentity) {
        if (Double.isNaN(v)) {
            return hashPointer(nanIdentity);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (mantissa == 0 && biased == 0) {
            return 0;
        }
        int e;
        if (biased == 0) {
            e = -1074; // subnormal: value = mantissa * 2**-1074
        } else {
            mantissa |= 1L << 52;
            e = biased - 1075;
        }
        // value = mantissa * 2**e with mantissa < 2**53 < MODULUS, so it is already reduced.
        long x = mantissa;
        // Multiplying by 2**e modulo 2**61 - 1 is a rotation of the 61-bit value by e mod 61.
        int shift = Math.floorMod(e, BITS);
        x = ((x << shift) & MODULUS) | (x >>> (BITS - shift));
        if (x == MODULUS) {
            x = 0;
        }
        long h = v < 0 ? -x : x;
        return h == -1 ? -2 : h;
    }

    /**
     * CPython's _Py_HashPointer: the default {@code object.__hash__}, a rotation by 4 bits of the
     * object's address (gilsim passes its own id). {@code hash(obj) == hashPointer(id(obj))}.
     */
    public static long hashPointer(long address) {
        long h = Long.rotateRight(address, 4);
        return h == -1 ? -2 : h;
    }

    /** {@code hash(t)} for a tuple whose items hash to {@code itemHashes} (3.11's xxHash-based tuplehash). */
    public static long hashTuple(long[] itemHashes) {
        return hashTuple(itemHashes, itemHashes.length);
    }

    /** As {@link #hashTuple(long[])} for the first {@code length} item hashes. */
    public static long hashTuple(long[] itemHashes, int length) {
        long acc = XXPRIME_5;
        for (int i = 0; i < length; i++) {
            acc = tupleStep(acc, itemHashes[i]);
        }
        return tupleFinish(acc, length);
    }

    /** First step of an incremental tuple hash: feed items with {@link #tupleStep}, end with {@link #tupleFinish}. */
    public static long tupleStart() {
        return XXPRIME_5;
    }

    /** Mixes one item's hash into the tuple hash accumulator. */
    public static long tupleStep(long acc, long itemHash) {
        acc += itemHash * XXPRIME_2;
        acc = Long.rotateLeft(acc, 31);
        return acc * XXPRIME_1;
    }

    /** Final step of the tuple hash for a tuple of {@code length} items. */
    public static long tupleFinish(long acc, int length) {
        // Length mangled so that hash(()) keeps its historical value.
        acc += length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /**
     * {@code hash(frozenset(...))} for the given item hashes (Objects/setobject.c frozenset_hash).
     * Each item hash is shuffled and xor-ed, so the order of {@code itemHashes} does not matter.
     */
    public static long hashFrozenset(long[] itemHashes) {
        return hashFrozenset(itemHashes, itemHashes.length);
    }

    /** As {@link #hashFrozenset(long[])} for the first {@code length} item hashes. */
    public static long hashFrozenset(long[] itemHashes, int length) {
        long hash = 0;
        for (int i = 0; i < length; i++) {
            hash ^= shuffleBits(itemHashes[i]);
        }
        return frozensetFinish(hash, length);
    }

    /** The per-item mixing of frozenset_hash, xor-ed into the accumulator by callers that iterate a table. */
    public static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** Final step of frozenset_hash given the xor of {@link #shuffleBits} over the {@code size} items. */
    public static long frozensetFinish(long xorOfShuffled, long size) {
        long hash = xorOfShuffled;
        hash ^= (size + 1) * 1927868237L;
        // Disperse patterns arising in nested frozensets.
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }
}
