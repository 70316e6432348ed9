package gilsim.lang.compiler;

import gilsim.lang.bytecode.Opcode;

/**
 * How many values an instruction adds to the stack (negative: removes), as compile.c's
 * {@code stack_effect}. {@code jump} selects the effect on the jump edge of a conditional
 * instruction (FOR_ITER pops its exhausted iterator there; a SETUP_* handler receives the
 * exception). CALL here is 3.11's PRECALL and CALL together: it consumes the callable slots and
 * the arguments and pushes the result.
 */
public final class StackEffect {
    private StackEffect() {
    }

    public static int of(Opcode op, int arg, boolean jump) {
        switch (op) {
            case NOP: case RESUME: case SWAP: case MAKE_CELL:
            case UNARY_POSITIVE: case UNARY_NEGATIVE: case UNARY_NOT: case UNARY_INVERT:
            case GET_ITER: case LOAD_ATTR: case CHECK_EXC_MATCH: case YIELD_VALUE:
            case DELETE_FAST: case DELETE_NAME: case DELETE_GLOBAL: case DELETE_DEREF:
            case LIST_TO_TUPLE: case KW_NAMES: case JUMP_FORWARD: case JUMP_BACKWARD:
                return 0;
            case POP_TOP: case RETURN_VALUE: case SET_RESULT:
            case STORE_FAST: case STORE_NAME: case STORE_GLOBAL: case STORE_DEREF:
            case DELETE_ATTR: case BINARY_SUBSCR: case BINARY_OP:
            case COMPARE_OP: case IS_OP: case CONTAINS_OP:
            case LIST_APPEND: case SET_ADD: case LIST_EXTEND: case SET_UPDATE:
            case DICT_UPDATE: case DICT_MERGE: case IMPORT_NAME:
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE:
            case RERAISE: case POP_EXCEPT:
                return -1;
            case COPY: case PUSH_NULL: case LOAD_CONST: case LOAD_FAST: case LOAD_NAME:
            case LOAD_DEREF: case LOAD_CLOSURE: case LOAD_CLASSDEREF: case LOAD_METHOD:
            case LOAD_BUILD_CLASS: case IMPORT_FROM: case PUSH_EXC_INFO:
            case LOAD_ASSERTION_ERROR: case BEFORE_WITH: case WITH_EXCEPT_START:
                return 1;
            case LOAD_GLOBAL:
                return (arg & 1) + 1;
            case STORE_ATTR: case MAP_ADD: case DELETE_SUBSCR:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case BUILD_SLICE:
                return arg == 3 ? -2 : -1;
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
                return 1 - arg;
            case BUILD_MAP:
                return 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP:
                return -arg;
            case FORMAT_VALUE:
                return (arg & 0x04) != 0 ? -1 : 0;
            case UNPACK_SEQUENCE:
                return arg - 1;
            case UNPACK_EX:
                return (arg & 0xFF) + (arg >> 8);
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;
            case FOR_ITER:
                return jump ? -1 : 1;
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 0x0F);
            case CALL:
                return -1 - arg;
            case CALL_FUNCTION_EX:
                return -2 - (arg & 1);
            case RAISE_VARARGS:
                return -arg;
            default:
                throw new IllegalStateException("no stack effect for " + op);
        }
    }

    static int of(Pseudo p, boolean jump) {
        switch (p) {
            case SETUP_FINALLY:
            case SETUP_WITH:
                return jump ? 1 : 0;
            case SETUP_CLEANUP:
                return jump ? 2 : 0;
            default:
                return 0;
        }
    }

    static int of(Instr i, boolean jump) {
        return i.op != null ? of(i.op, i.arg, jump) : of(i.pseudo, jump);
    }
}
