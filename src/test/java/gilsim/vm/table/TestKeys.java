package gilsim.vm.table;

import gilsim.vm.hashing.PyHash;
import java.util.Random;

/**
 * Keys for the table tests: Long (int), Double (float) and String (str, ASCII letters only),
 * hashed and compared as Python does, so 1 and 1.0 are the same key.
 */
final class TestKeys implements DictTable.StrKeyOps<Object> {
    static final TestKeys OPS = new TestKeys();

    int comparisons;

    @Override
    public long hash(Object key) {
        if (key instanceof Long) {
            return PyHash.hashLong((Long) key);
        }
        if (key instanceof Double) {
            return PyHash.hashDouble((Double) key, 0);
        }
        return PyHash.hashStr((String) key);
    }

    @Override
    public boolean eq(Object stored, Object probe) {
        comparisons++;
        if (stored instanceof String || probe instanceof String) {
            return stored.equals(probe);
        }
        double a = ((Number) stored).doubleValue();
        double b = ((Number) probe).doubleValue();
        if (stored instanceof Long && probe instanceof Long) {
            return stored.equals(probe);
        }
        return a == b;
    }

    @Override
    public boolean isExactStr(Object key) {
        return key instanceof String;
    }

    /** Python source for a key; floats are chosen so that Java's and Python's reprs agree. */
    static String literal(Object key) {
        if (key instanceof String) {
            return "'" + key + "'";
        }
        return key.toString();
    }

    /** A random key drawn to collide often: small ints, multiples of table sizes, floats, strings. */
    static Object random(Random rnd) {
        switch (rnd.nextInt(10)) {
            case 0: case 1: case 2: return (long) rnd.nextInt(20);
            case 3: return (long) (rnd.nextInt(12) * (8 << rnd.nextInt(4)));
            case 4: return (long) (rnd.nextInt(2000) - 1000);
            case 5: return rnd.nextLong() >> rnd.nextInt(64);
            case 6: return (double) rnd.nextInt(20);
            case 7: return rnd.nextInt(40) / 2.0 + 0.5;
            default: {
                int n = 1 + rnd.nextInt(rnd.nextInt(3) == 0 ? 6 : 2);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    sb.append((char) ('a' + rnd.nextInt(rnd.nextBoolean() ? 3 : 26)));
                }
                return sb.toString();
            }
        }
    }
}
