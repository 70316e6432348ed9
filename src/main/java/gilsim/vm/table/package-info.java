/**
 * The hash tables behind Python's set, frozenset and dict, ported from CPython 3.11 so that
 * iteration orders (and the errors of changing a container while iterating it) are CPython's:
 * {@link gilsim.vm.table.SetTable} with {@link gilsim.vm.table.SetOperations} and
 * {@link gilsim.vm.table.SetCursor}; {@link gilsim.vm.table.DictTable} with
 * {@link gilsim.vm.table.DictCursor}. Keys are the VM's objects; hashing and equality come from
 * its {@link gilsim.vm.table.KeyOps}.
 */
package gilsim.vm.table;
