package gilsim.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Binding call arguments to a new frame's locals: a port of CPython 3.11's initialize_locals
 * (Python/ceval.c), with its error messages. The arguments are <em>moved</em> into the frame:
 * the frame takes over the references (a Python-to-Python CALL steals them from the caller's
 * stack, FACTS.md §1.2; callers from C increfs them first).
 */
final class ArgBinding {
    private ArgBinding() {}

    /**
     * Fill {@code frame.fast} from {@code src[base .. base+nargs)} (references stolen), the last
     * {@code kwnames.length} being keyword values. On error every reference is released and
     * a TypeError is thrown.
     */
    static void bind(Vm vm, PyFrame frame, PyFunction func, PyObject[] src, int base, int nargs, String[] kwnames) {
        Heap heap = vm.heap;
        PyCode co = func.code;
        PyObject[] locals = frame.fast;
        int kwcount = kwnames == null ? 0 : kwnames.length;
        int argcount = nargs - kwcount;
        int totalArgs = co.argcount + co.kwonlyargcount;
        PyDict kwdict = null;
        if (co.hasVarkeywords()) {
            kwdict = new PyDict();
            int i = totalArgs + (co.hasVarargs() ? 1 : 0);
            locals[i] = kwdict;
        }
        int n = Math.min(argcount, co.argcount);
        for (int j = 0; j < n; j++) locals[j] = src[base + j];
        if (co.hasVarargs()) {
            PyObject[] extra = new PyObject[Math.max(0, argcount - n)];
            for (int j = 0; j < extra.length; j++) extra[j] = src[base + n + j];
            locals[totalArgs] = PyTuple.steal(heap, extra);
        } else if (argcount > n) {
            for (int j = n; j < argcount; j++) heap.decref(src[base + j]);
        }
        for (int i = 0; i < kwcount; i++) {
            String keyword = kwnames[i];
            PyObject value = src[base + argcount + i];
            int j = indexOf(co, keyword, co.posonlyargcount, totalArgs);
            if (j < 0) {
                if (kwdict == null) {
                    String msg;
                    if (co.posonlyargcount > 0 && indexOf(co, keyword, 0, co.posonlyargcount) >= 0) {
                        msg = positionalOnlyAsKeyword(co, kwnames, func);
                    } else {
                        msg = func.qualname.value + "() got an unexpected keyword argument '" + keyword + "'";
                    }
                    for (int k = i; k < kwcount; k++) heap.decref(src[base + argcount + k]);
                    throw Errors.type(msg);
                }
                kwdict.putStr(vm, Interned.str(keyword), value);
                heap.decref(value);
                continue;
            }
            if (locals[j] != null) {
                for (int k = i; k < kwcount; k++) heap.decref(src[base + argcount + k]);
                throw Errors.type(func.qualname.value + "() got multiple values for argument '" + keyword + "'");
            }
            locals[j] = value;
        }
        if (argcount > co.argcount && !co.hasVarargs()) {
            throw Errors.type(tooManyPositional(co, argcount, func, locals));
        }
        if (argcount < co.argcount) {
            int defcount = func.defaults == null ? 0 : func.defaults.size();
            int m = co.argcount - defcount;
            List<String> missing = new ArrayList<>();
            for (int i = argcount; i < m; i++) if (locals[i] == null) missing.add(co.varnames[i].value);
            if (!missing.isEmpty()) throw Errors.type(missingArguments(func, missing, "positional"));
            int i = n > m ? n - m : 0;
            for (; i < defcount; i++) {
                if (locals[m + i] == null) locals[m + i] = heap.newRef(func.defaults.items[i]);
            }
        }
        if (co.kwonlyargcount > 0) {
            List<String> missing = new ArrayList<>();
            for (int i = co.argcount; i < totalArgs; i++) {
                if (locals[i] != null) continue;
                PyObject def = func.kwdefaults == null ? null : func.kwdefaults.getStr(co.varnames[i]);
                if (def != null) {
                    locals[i] = heap.newRef(def);
                    continue;
                }
                missing.add(co.varnames[i].value);
            }
            if (!missing.isEmpty()) throw Errors.type(missingArguments(func, missing, "keyword-only"));
        }
    }

    private static int indexOf(PyCode co, String keyword, int from, int to) {
        for (int j = from; j < to; j++) if (co.varnames[j].value == keyword) return j;
        for (int j = from; j < to; j++) if (co.varnames[j].value.equals(keyword)) return j;
        return -1;
    }

    private static String tooManyPositional(PyCode co, int given, PyFunction func, PyObject[] locals) {
        int kwonlyGiven = 0;
        for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) if (locals[i] != null) kwonlyGiven++;
        int defcount = func.defaults == null ? 0 : func.defaults.size();
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (co.argcount - defcount) + " to " + co.argcount;
        } else {
            plural = co.argcount != 1;
            sig = Integer.toString(co.argcount);
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        }
        return func.qualname.value + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given";
    }

    private static String missingArguments(PyFunction func, List<String> names, String kind) {
        List<String> quoted = new ArrayList<>();
        for (String n : names) quoted.add(StrRepr.repr(n));
        String list;
        int len = quoted.size();
        if (len == 1) list = quoted.get(0);
        else if (len == 2) list = quoted.get(0) + " and " + quoted.get(1);
        else list = String.join(", ", quoted.subList(0, len - 1)) + ", and " + quoted.get(len - 1);
        return func.qualname.value + "() missing " + len + " required " + kind + " argument"
                + (len == 1 ? "" : "s") + ": " + list;
    }

    private static String positionalOnlyAsKeyword(PyCode co, String[] kwnames, PyFunction func) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < co.posonlyargcount; k++) {
            for (String kw : kwnames) if (kw.equals(co.varnames[k].value)) names.add(kw);
        }
        return func.qualname.value + "() got some positional-only arguments passed as keyword arguments: '"
                + String.join(", ", names) + "'";
    }
}
