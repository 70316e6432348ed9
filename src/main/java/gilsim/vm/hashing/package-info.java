/**
 * CPython 3.11's {@code hash()} with PYTHONHASHSEED=0 on plain Java values
 * ({@link gilsim.vm.hashing.PyHash}): SipHash-1-3 with a zero key over the bytes of str's internal
 * representation and of bytes ({@link gilsim.vm.hashing.SipHash13}), numbers modulo 2**61 - 1,
 * and the tuple and frozenset combinations, so that sets and dicts iterate as CPython's do.
 */
package gilsim.vm.hashing;
