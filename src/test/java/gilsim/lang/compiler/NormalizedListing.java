package gilsim.lang.compiler;

import gilsim.lang.bytecode.CodeUnit;
import gilsim.lang.bytecode.CodeUnit.ConstFrozenSet;
import gilsim.lang.bytecode.CodeUnit.ConstTuple;
import gilsim.lang.bytecode.CodeUnit.ExceptionEntry;
import gilsim.lang.bytecode.Disassembler;
import gilsim.lang.bytecode.Opcode;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: a CodeUnit in the normalized text form that {@code dis_normalized.py} prints
 * for CPython 3.11's code objects, so that the two can be compared line by line: metadata,
 * names, constants, each instruction with its line and its argument's meaning, the exception
 * table, then the nested code objects in the same order.
 */
final class NormalizedListing {
    private NormalizedListing() {
    }

    static String of(CodeUnit code) {
        List<String> out = new ArrayList<>();
        listing(code, out);
        return String.join("\n", out);
    }

    private static void listing(CodeUnit co, List<String> out) {
        out.add("code " + co.qualname() + " line " + co.firstLine());
        out.add(String.format("  args %d posonly %d kwonly %d flags %#x stacksize %d", co.argcount(),
                co.posonlyargcount(), co.kwonlyargcount(), co.flags(), co.stacksize()));
        out.add("  names " + strList(co.names()));
        out.add("  varnames " + strList(co.varnames()));
        out.add("  cellvars " + strList(co.cellvars()));
        out.add("  freevars " + strList(co.freevars()));
        List<String> consts = new ArrayList<>();
        for (Object c : co.consts()) {
            consts.add(constRepr(c));
        }
        out.add("  consts [" + String.join(", ", consts) + "]");
        for (int i = 0; i < co.code().length; i++) {
            Opcode op = Opcode.of(CodeUnit.op(co.code()[i]));
            int arg = CodeUnit.arg(co.code()[i]);
            int line = co.lines()[i];
            out.add(String.format("  %3d %4s %s%s", i, line < 0 ? "-" : Integer.toString(line), op.name(),
                    argument(co, op, arg)));
        }
        for (ExceptionEntry e : co.exceptionTable()) {
            out.add(String.format("  except %d to %d -> %d [%d]%s", e.start(), e.end(), e.target(), e.depth(),
                    e.pushLasti() ? " lasti" : ""));
        }
        for (Object c : co.consts()) {
            if (c instanceof CodeUnit nested) {
                listing(nested, out);
            }
        }
    }

    private static String argument(CodeUnit co, Opcode op, int arg) {
        if (!Disassembler.hasArgument(op)) {
            return "";
        }
        switch (op) {
            case LOAD_CONST:
            case KW_NAMES:
                return " " + constRepr(co.consts()[arg]);
            case LOAD_NAME: case STORE_NAME: case DELETE_NAME: case LOAD_ATTR: case STORE_ATTR:
            case DELETE_ATTR: case LOAD_METHOD: case STORE_GLOBAL: case DELETE_GLOBAL:
            case IMPORT_NAME: case IMPORT_FROM:
                return " " + co.names()[arg];
            case COMPARE_OP: case IS_OP: case CONTAINS_OP: case BINARY_OP: case FORMAT_VALUE:
            case MAKE_FUNCTION: case RESUME: case CALL: case CALL_FUNCTION_EX:
                return " " + arg;
            default:
                String meaning = Disassembler.meaning(co, op, arg);
                return " " + (meaning.isEmpty() ? Integer.toString(arg) : meaning);
        }
    }

    private static String strList(String[] names) {
        List<String> items = new ArrayList<>();
        for (String n : names) {
            items.add(Disassembler.repr(n));
        }
        return "[" + String.join(", ", items) + "]";
    }

    static String constRepr(Object c) {
        if (c instanceof CodeUnit code) {
            return "<code " + code.qualname() + ">";
        }
        if (c instanceof ConstFrozenSet s) {
            List<String> items = new ArrayList<>();
            for (Object x : s.items()) {
                items.add(constRepr(x));
            }
            items.sort(null);
            return "frozenset({" + String.join(", ", items) + "})";
        }
        if (c instanceof ConstTuple t) {
            List<String> items = new ArrayList<>();
            for (Object x : t.items()) {
                items.add(constRepr(x));
            }
            return "(" + String.join(", ", items) + (items.size() == 1 ? ",)" : ")");
        }
        return Disassembler.repr(c);
    }
}
