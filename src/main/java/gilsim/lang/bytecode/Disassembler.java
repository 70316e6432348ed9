package gilsim.lang.bytecode;

import gilsim.lang.bytecode.CodeUnit.ConstFrozenSet;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import gilsim.lang.bytecode.CodeUnit.ExceptionEntry;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Prints a {@link CodeUnit} the way clox's debug.c and Python's {@code dis} do: one instruction
 * per line with its index, its source line (or {@code |} when it repeats the previous one,
 * blank when the instruction has none), the opcode, the argument and what the argument means
 * (constant, name, jump target, operator). Then the exception table, then every code object
 * found among the constants, depth first. Used by golden tests and for debugging.
 *
 * <pre>
 * Disassembly of &lt;module&gt; (&lt;cell&gt;, line 1):
 *    0    0 RESUME                  0
 *    1    1 LOAD_CONST              0 (1)
 *    2    | STORE_NAME              0 (x)
 * </pre>
 */
public final class Disassembler {
    private Disassembler() {
    }

    /** The code object, then the code objects in its constants, depth first (as dis). */
    public static String disassemble(CodeUnit code) {
        StringBuilder out = new StringBuilder();
        disassembleTree(code, out);
        return out.toString();
    }

    private static void disassembleTree(CodeUnit code, StringBuilder out) {
        if (out.length() > 0) {
            out.append('\n');
        }
        disassembleOne(code, out);
        for (Object constant : code.consts()) {
            if (constant instanceof CodeUnit nested) {
                disassembleTree(nested, out);
            }
        }
    }

    private static void disassembleOne(CodeUnit c, StringBuilder out) {
        out.append("Disassembly of ").append(c.qualname()).append(" (").append(c.filename())
                .append(", line ").append(c.firstLine()).append("):\n");
        int prevLine = Integer.MIN_VALUE;
        for (int i = 0; i < c.code().length; i++) {
            int instruction = c.code()[i];
            Opcode op = Opcode.of(CodeUnit.op(instruction));
            int arg = CodeUnit.arg(instruction);
            int line = c.lines()[i];
            String lineText = line < 0 ? "" : line == prevLine ? "|" : Integer.toString(line);
            prevLine = line;
            if (!hasArgument(op)) {
                out.append(String.format("%4d %4s %s", i, lineText, op.name()));
            } else {
                out.append(String.format("%4d %4s %-22s %3d", i, lineText, op.name(), arg));
                String meaning = meaning(c, op, arg);
                if (!meaning.isEmpty()) {
                    out.append(" (").append(meaning).append(')');
                }
            }
            out.append('\n');
        }
        if (!c.exceptionTable().isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionEntry e : c.exceptionTable()) {
                out.append(String.format("  %d to %d -> %d [%d]%s%n", e.start(), e.end(), e.target(),
                        e.depth(), e.pushLasti() ? " lasti" : ""));
            }
        }
    }

    /** Opcodes whose argument means something (CPython's HAVE_ARGUMENT and above). */
    public static boolean hasArgument(Opcode op) {
        return !NO_ARGUMENT.contains(op);
    }

    private static final Set<Opcode> NO_ARGUMENT = EnumSet.of(Opcode.NOP, Opcode.POP_TOP,
            Opcode.PUSH_NULL, Opcode.UNARY_POSITIVE, Opcode.UNARY_NEGATIVE, Opcode.UNARY_NOT,
            Opcode.UNARY_INVERT, Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR, Opcode.DELETE_SUBSCR,
            Opcode.GET_ITER, Opcode.RETURN_VALUE, Opcode.YIELD_VALUE, Opcode.LOAD_BUILD_CLASS,
            Opcode.PUSH_EXC_INFO, Opcode.POP_EXCEPT, Opcode.CHECK_EXC_MATCH,
            Opcode.LOAD_ASSERTION_ERROR, Opcode.BEFORE_WITH, Opcode.WITH_EXCEPT_START,
            Opcode.LIST_TO_TUPLE, Opcode.SET_RESULT);

    /** What an instruction's argument refers to, as dis prints it in parentheses. */
    public static String meaning(CodeUnit c, Opcode op, int arg) {
        switch (op) {
            case LOAD_CONST:
            case KW_NAMES:
                return repr(c.consts()[arg]);
            case LOAD_NAME: case STORE_NAME: case DELETE_NAME:
            case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD:
            case STORE_GLOBAL: case DELETE_GLOBAL: case IMPORT_NAME: case IMPORT_FROM:
                return c.names()[arg];
            case LOAD_GLOBAL:
                return ((arg & 1) != 0 ? "NULL + " : "") + c.names()[arg >> 1];
            case LOAD_FAST: case STORE_FAST: case DELETE_FAST:
                return c.varnames()[arg];
            case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE:
            case LOAD_CLASSDEREF: case MAKE_CELL:
                return arg < c.cellvars().length ? c.cellvars()[arg] : c.freevars()[arg - c.cellvars().length];
            case JUMP_FORWARD: case JUMP_BACKWARD: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: case FOR_ITER:
                return "to " + arg;
            case BINARY_OP:
                return BinaryOperator.of(arg).symbol;
            case COMPARE_OP:
                return Comparison.of(arg).symbol;
            case IS_OP:
                return arg == 0 ? "is" : "is not";
            case CONTAINS_OP:
                return arg == 0 ? "in" : "not in";
            case FORMAT_VALUE:
                return formatValue(arg);
            case MAKE_FUNCTION:
                return makeFunction(arg);
            default:
                return "";
        }
    }

    private static String formatValue(int arg) {
        String conv = switch (arg & 3) {
            case 1 -> "str";
            case 2 -> "repr";
            case 3 -> "ascii";
            default -> "";
        };
        if ((arg & 4) != 0) {
            return conv.isEmpty() ? "with format" : conv + ", with format";
        }
        return conv;
    }

    private static String makeFunction(int arg) {
        List<String> parts = new ArrayList<>();
        if ((arg & 1) != 0) {
            parts.add("defaults");
        }
        if ((arg & 2) != 0) {
            parts.add("kwdefaults");
        }
        if ((arg & 4) != 0) {
            parts.add("annotations");
        }
        if ((arg & 8) != 0) {
            parts.add("closure");
        }
        return String.join(", ", parts);
    }

    /** Python's repr of a constant (frozenset items in the order the compiler recorded them). */
    public static String repr(Object v) {
        if (v instanceof String s) {
            return strRepr(s);
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof ConstTuple t) {
            List<String> items = new ArrayList<>();
            for (Object item : t.items()) {
                items.add(repr(item));
            }
            return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
        }
        if (v instanceof ConstFrozenSet s) {
            List<String> items = new ArrayList<>();
            for (Object item : s.items()) {
                items.add(repr(item));
            }
            return items.isEmpty() ? "frozenset()" : "frozenset({" + String.join(", ", items) + "})";
        }
        if (v instanceof CodeUnit code) {
            return "<code object " + code.name() + ", line " + code.firstLine() + ">";
        }
        return String.valueOf(v); // Long, BigInteger, None, Ellipsis
    }

    static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                out.appendCodePoint(cp);
            } else if (!printable(cp)) {
                out.append(cp <= 0xff ? String.format("\\x%02x", cp)
                        : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.append(quote).toString();
    }

    /** str.isprintable for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    private static boolean printable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE:
            case Character.PRIVATE_USE: case Character.UNASSIGNED: case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR: case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** repr(float): the shortest digits that read back as the same double, in Python's layout. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == d) {
                shortest = candidate;
                break;
            }
        }
        BigInteger unscaled = shortest.unscaledValue().abs();
        String digits = unscaled.toString().replaceAll("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        // value = 0.digits * 10^(exp+1), i.e. d1.d2d3... * 10^exp
        int exp = unscaled.toString().length() - 1 - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (exp >= -5 + 1 && exp < 16) {
            String text;
            if (exp >= 0) {
                if (digits.length() <= exp + 1) {
                    text = digits + "0".repeat(exp + 1 - digits.length()) + ".0";
                } else {
                    text = digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
                }
            } else {
                text = "0." + "0".repeat(-exp - 1) + digits;
            }
            return sign + text;
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
}
