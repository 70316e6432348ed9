package gilsim.vm;

import gilsim.vm.format.FieldName;
import gilsim.vm.format.FormatError;
import gilsim.vm.format.FormatTemplate;

/**
 * str.format (Objects/stringlib/unicode_format.h): the template is parsed by
 * gilsim.vm.format's {@link FormatTemplate} and {@link FieldName} in CPython's lazy order; the
 * VM looks up arguments, attributes and items, converts ({@code !r !s !a}) and formats.
 */
final class StrFormat {
    private StrFormat() {}

    static PyObject format(Vm vm, PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("format", a, k);
        String fmt = ((PyStr) a[0]).value;
        StringBuilder out = new StringBuilder();
        try {
            render(vm, fmt, p, out, new FormatTemplate.AutoNumber(), FormatTemplate.MAX_RECURSION);
        } catch (FormatError e) {
            throw Formatting.toPython(e);
        }
        return new PyStr(out.toString());
    }

    private static void render(Vm vm, String fmt, ArgParser p, StringBuilder out, FormatTemplate.AutoNumber numbering, int depth) {
        if (depth <= 0) throw FormatTemplate.recursionError();
        FormatTemplate t = new FormatTemplate(fmt);
        while (t.next()) {
            out.append(t.literal());
            if (!t.hasField()) continue;
            FieldName f = FieldName.split(t.fieldName(), numbering);
            PyObject obj = argument(vm, p, f);
            try {
                while (f.nextAccessor()) {
                    PyObject next;
                    if (f.isAttribute()) {
                        next = Attributes.get(vm, obj, Interned.str(f.key()));
                    } else {
                        PyObject key = f.itemIndex() >= 0 ? PyInt.of(f.itemIndex()) : new PyStr(f.key());
                        try {
                            next = Items.getItem(vm, obj, key);
                        } finally {
                            vm.heap.decref(key);
                        }
                    }
                    vm.heap.decref(obj);
                    obj = next;
                }
                int conv = FormatTemplate.checkConversion(t.conversion());
                PyObject converted = obj;
                if (conv == 'r') converted = new PyStr(Repr.repr(vm, obj));
                else if (conv == 's') converted = new PyStr(Repr.str(vm, obj));
                else if (conv == 'a') converted = new PyStr(Strings.ascii(Repr.repr(vm, obj)));
                if (converted != obj) {
                    vm.heap.decref(obj);
                    obj = converted;
                }
                String spec = t.formatSpec();
                if (t.specNeedsExpanding()) {
                    StringBuilder expanded = new StringBuilder();
                    render(vm, spec, p, expanded, numbering, depth - 1);
                    spec = expanded.toString();
                }
                PyObject r = Formatting.format(vm, obj, spec);
                out.append(((PyStr) r).value);
                vm.heap.decref(r);
            } finally {
                vm.heap.decref(obj);
            }
        }
    }

    /** The argument a field's first part names (a new reference). */
    private static PyObject argument(Vm vm, ArgParser p, FieldName f) {
        if (f.isIndex()) {
            long i = f.index();
            if (i >= p.npos - 1) throw Errors.index("Replacement index " + i + " out of range for positional args tuple");
            return vm.heap.newRef(p.args[(int) i + 1]);
        }
        PyObject v = p.kw(f.name());
        if (v == null) throw Errors.keyStr(f.name());
        return vm.heap.newRef(v);
    }
}
