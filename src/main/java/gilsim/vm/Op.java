package gilsim.vm;

import gilsim.lang.bytecode.Opcode;

/**
 * {@link Opcode} ordinals as compile-time constants, so that the eval loop can {@code switch} on
 * the low byte of a packed instruction without touching the enum. A static check fails loudly
 * if the enum and this table ever disagree (an opcode added to one and not the other).
 */
final class Op {
    static final int NOP = 0;
    static final int POP_TOP = 1;
    static final int COPY = 2;
    static final int SWAP = 3;
    static final int PUSH_NULL = 4;
    static final int LOAD_CONST = 5;
    static final int LOAD_FAST = 6;
    static final int STORE_FAST = 7;
    static final int DELETE_FAST = 8;
    static final int LOAD_NAME = 9;
    static final int STORE_NAME = 10;
    static final int DELETE_NAME = 11;
    static final int LOAD_GLOBAL = 12;
    static final int STORE_GLOBAL = 13;
    static final int DELETE_GLOBAL = 14;
    static final int LOAD_DEREF = 15;
    static final int STORE_DEREF = 16;
    static final int DELETE_DEREF = 17;
    static final int LOAD_CLOSURE = 18;
    static final int LOAD_CLASSDEREF = 19;
    static final int MAKE_CELL = 20;
    static final int LOAD_ATTR = 21;
    static final int STORE_ATTR = 22;
    static final int DELETE_ATTR = 23;
    static final int LOAD_METHOD = 24;
    static final int BINARY_SUBSCR = 25;
    static final int STORE_SUBSCR = 26;
    static final int DELETE_SUBSCR = 27;
    static final int BUILD_SLICE = 28;
    static final int BINARY_OP = 29;
    static final int UNARY_POSITIVE = 30;
    static final int UNARY_NEGATIVE = 31;
    static final int UNARY_NOT = 32;
    static final int UNARY_INVERT = 33;
    static final int COMPARE_OP = 34;
    static final int IS_OP = 35;
    static final int CONTAINS_OP = 36;
    static final int BUILD_TUPLE = 37;
    static final int BUILD_LIST = 38;
    static final int BUILD_SET = 39;
    static final int BUILD_MAP = 40;
    static final int BUILD_CONST_KEY_MAP = 41;
    static final int LIST_APPEND = 42;
    static final int SET_ADD = 43;
    static final int MAP_ADD = 44;
    static final int LIST_EXTEND = 45;
    static final int SET_UPDATE = 46;
    static final int DICT_UPDATE = 47;
    static final int DICT_MERGE = 48;
    static final int LIST_TO_TUPLE = 49;
    static final int BUILD_STRING = 50;
    static final int FORMAT_VALUE = 51;
    static final int UNPACK_SEQUENCE = 52;
    static final int UNPACK_EX = 53;
    static final int JUMP_FORWARD = 54;
    static final int JUMP_BACKWARD = 55;
    static final int POP_JUMP_IF_FALSE = 56;
    static final int POP_JUMP_IF_TRUE = 57;
    static final int POP_JUMP_IF_NONE = 58;
    static final int POP_JUMP_IF_NOT_NONE = 59;
    static final int JUMP_IF_FALSE_OR_POP = 60;
    static final int JUMP_IF_TRUE_OR_POP = 61;
    static final int GET_ITER = 62;
    static final int FOR_ITER = 63;
    static final int RESUME = 64;
    static final int MAKE_FUNCTION = 65;
    static final int KW_NAMES = 66;
    static final int CALL = 67;
    static final int CALL_FUNCTION_EX = 68;
    static final int RETURN_VALUE = 69;
    static final int YIELD_VALUE = 70;
    static final int LOAD_BUILD_CLASS = 71;
    static final int RAISE_VARARGS = 72;
    static final int RERAISE = 73;
    static final int PUSH_EXC_INFO = 74;
    static final int POP_EXCEPT = 75;
    static final int CHECK_EXC_MATCH = 76;
    static final int LOAD_ASSERTION_ERROR = 77;
    static final int BEFORE_WITH = 78;
    static final int WITH_EXCEPT_START = 79;
    static final int IMPORT_NAME = 80;
    static final int IMPORT_FROM = 81;
    static final int SET_RESULT = 82;

    static final int COUNT = 83;

    static {
        Opcode[] ops = Opcode.values();
        if (ops.length != COUNT) throw new IllegalStateException("Op table out of date: " + ops.length + " opcodes");
        try {
            for (Opcode op : ops) {
                if (Op.class.getDeclaredField(op.name()).getInt(null) != op.ordinal())
                    throw new IllegalStateException("Op." + op.name() + " != Opcode ordinal");
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Op table out of date", e);
        }
    }

    private Op() {}
}
