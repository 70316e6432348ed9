package gilsim.lang;

/**
 * Where a name lives in one scope, as CPython's symtable.c decides (Include/symtable.h):
 * <ul>
 *   <li>LOCAL: bound in this scope (a fast local in a function, a dict entry in a class or the
 *       module);</li>
 *   <li>GLOBAL_EXPLICIT: declared {@code global} here (or, at module level, declared global in
 *       some function);</li>
 *   <li>GLOBAL_IMPLICIT: only read here and bound in no enclosing function: a global or
 *       builtin;</li>
 *   <li>FREE: bound in an enclosing function, reached through a cell;</li>
 *   <li>CELL: bound here and used by a nested scope, so it lives in a cell.</li>
 * </ul>
 */
public enum NameScope { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }
