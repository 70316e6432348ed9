package gilsim.lang.bytecode;

/**
 * gilsim's bytecode, modelled on CPython 3.11's (Include/opcode.h, Python/ceval.c) so that the
 * reference-count traffic of each instruction is CPython's: a load pushes a new reference, a
 * store moves the reference into its slot and drops the one it replaces, an operator drops its
 * operands and pushes its result. Names and stack effects follow {@code dis}; the disassembler
 * prints them the same way. "TOS" is the top of the stack.
 *
 * <p>The contract between compiler and VM: every opcode below has exactly the stack effect and
 * reference behaviour of the CPython 3.11 opcode of the same name (see {@code python3 -m dis}
 * on 3.11 and Python/ceval.c), and the compiler emits the sequences 3.11's compile.c emits
 * (try/except/finally, with, comprehensions as functions called with their outermost iterator,
 * chained comparisons, f-strings, class bodies...). Differences, kept small on purpose:
 * <ul>
 * <li>no PRECALL, CACHE, EXTENDED_ARG, COPY_FREE_VARS, RETURN_GENERATOR or specialised forms;
 *     a generator function's frame is created suspended by the call itself;</li>
 * <li>jump arguments are absolute instruction indexes (not relative byte offsets);</li>
 * <li>{@code KW_NAMES} takes a constant index of a {@link CodeUnit.ConstTuple} of names, as
 *     3.11, and applies to the next CALL only;</li>
 * <li>{@code LOAD_GLOBAL}'s arg is {@code namei << 1 | pushNull}, as 3.11;
 *     {@code MAKE_FUNCTION} pops the code object only (qualname comes from the code), flags
 *     0x01 defaults tuple, 0x02 kw-defaults dict, 0x04 annotations (never emitted), 0x08
 *     closure tuple, as 3.11;</li>
 * <li>free variables are copied from the closure into the frame when it is created;
 *     {@code MAKE_CELL} is still emitted for cell variables, as 3.11;</li>
 * <li>{@code SET_RESULT} (gilsim only) keeps the value of a cell's final expression
 *     statement for the kernel's execute_result, where CPython's REPL would PRINT_EXPR;</li>
 * <li>{@code IMPORT_NAME} takes (level, fromlist) from the stack as 3.11; only gilsim's
 *     built-in modules exist.</li>
 * </ul>
 */
public enum Opcode {
    // Stack manipulation.
    NOP,
    /** Drop TOS. */
    POP_TOP,
    /** Push a new reference to the arg-th item from the top (1 = TOS). */
    COPY,
    /** Swap TOS with the arg-th item from the top. */
    SWAP,
    /** Push NULL (marks "no self" below a callable, as in 3.11). */
    PUSH_NULL,

    // Names.
    LOAD_CONST, LOAD_FAST, STORE_FAST, DELETE_FAST,
    /** Module and class bodies: locals mapping, then globals, then builtins. */
    LOAD_NAME, STORE_NAME, DELETE_NAME,
    /** arg = (name index << 1) | push-NULL-first, as 3.11's LOAD_GLOBAL. */
    LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
    /** Cells and free variables: arg indexes cellvars then freevars. */
    LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF,
    /** At function entry: wrap local arg in a new cell. */
    MAKE_CELL,

    // Attributes and subscripts.
    LOAD_ATTR, STORE_ATTR, DELETE_ATTR,
    /** Push (method, self) when the attribute is a plain function of the type, else (NULL, attr). */
    LOAD_METHOD,
    BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR,
    /** arg 2 or 3: build a slice object from the top items. */
    BUILD_SLICE,

    // Operators. BINARY_OP's arg is a {@link BinaryOperator} ordinal.
    BINARY_OP, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT,
    /** arg is a {@link Comparison} ordinal (<, <=, ==, !=, >, >=). */
    COMPARE_OP,
    /** arg 1 inverts: {@code is not}. */
    IS_OP,
    /** arg 1 inverts: {@code not in}. */
    CONTAINS_OP,

    // Building containers and strings.
    BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP,
    /** TOS is a tuple of keys; below it arg values. */
    BUILD_CONST_KEY_MAP,
    /** Comprehension helpers: append TOS to the container arg items down. */
    LIST_APPEND, SET_ADD, MAP_ADD,
    LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
    /** Concatenate arg strings. */
    BUILD_STRING,
    /** arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a format spec is on the stack. */
    FORMAT_VALUE,
    UNPACK_SEQUENCE,
    /** arg = before | (after << 8). */
    UNPACK_EX,

    // Control flow. Jump args are absolute instruction indexes.
    JUMP_FORWARD,
    /** A loop's back-edge: an eval-breaker check (3.10+). */
    JUMP_BACKWARD,
    POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
    JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
    /** Replace TOS by iter(TOS). */
    GET_ITER,
    /** Push next(TOS), or drop the exhausted iterator and jump to arg. */
    FOR_ITER,

    // Functions and calls.
    /** Function entry: an eval-breaker check. */
    RESUME,
    /** arg flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple; TOS is the code. */
    MAKE_FUNCTION,
    /** Names of the keyword arguments of the next CALL (a tuple constant). */
    KW_NAMES,
    /** Stack: [NULL|method, callable|self, args...]; see CPython 3.11's CALL. */
    CALL,
    /** arg 1: a kwargs dict is on the stack. Stack: [NULL, callable, args tuple, (kwargs)]. */
    CALL_FUNCTION_EX,
    RETURN_VALUE,
    /** Suspend a generator, yielding TOS. */
    YIELD_VALUE,
    /** Push the builtin that builds classes ({@code __build_class__}). */
    LOAD_BUILD_CLASS,

    // Exceptions (3.11 "zero-cost": the exception table says where a raise goes).
    /** arg 0: re-raise the active exception; 1: raise TOS; 2: raise TOS1 from TOS. */
    RAISE_VARARGS,
    /** Re-raise TOS (arg 1: TOS1 is a saved lasti to restore). */
    RERAISE,
    /** Entering a handler: push the previous exception below the new one and make it active. */
    PUSH_EXC_INFO,
    /** Leaving a handler: restore the exception saved by PUSH_EXC_INFO. */
    POP_EXCEPT,
    /** Push whether TOS1 (an exception) matches the class or tuple TOS; drops TOS. */
    CHECK_EXC_MATCH,
    LOAD_ASSERTION_ERROR,
    /** with: push the bound __exit__ and the result of __enter__(). */
    BEFORE_WITH,
    /** with on error: call __exit__(type, value, tb) of the item below the exception. */
    WITH_EXCEPT_START,

    // Modules.
    IMPORT_NAME, IMPORT_FROM,

    // gilsim only.
    /** Keep TOS as the value of a cell's final expression (execute_result), then drop it. */
    SET_RESULT;

    private static final Opcode[] VALUES = values();

    public static Opcode of(int ordinal) { return VALUES[ordinal]; }
}
