package gilsim.vm;

/**
 * str.format (Objects/stringlib/unicode_format.h): replacement fields {@code {}}, {@code {0}},
 * {@code {name}}, {@code {0.attr}}, {@code {0[key]}}, conversions {@code !r !s !a} and format
 * specs (which may contain nested fields).
 */
final class StrFormat {
    private StrFormat() {}

    static PyObject format(Vm vm, PyObject[] a, String[] k) {
        ArgParser p = new ArgParser("format", a, k);
        String fmt = ((PyStr) a[0]).value;
        StringBuilder out = new StringBuilder();
        int[] auto = {0};
        render(vm, fmt, p, out, auto, 2);
        return new PyStr(out.toString());
    }

    private static void render(Vm vm, String fmt, ArgParser p, StringBuilder out, int[] auto, int depth) {
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int level = 1;
                int j = i + 1;
                while (j < n && level > 0) {
                    if (fmt.charAt(j) == '{') level++;
                    else if (fmt.charAt(j) == '}') level--;
                    if (level > 0) j++;
                }
                if (j >= n) throw Errors.value("expected '}' before end of string");
                field(vm, fmt.substring(i + 1, j), p, out, auto, depth);
                i = j + 1;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.value("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static void field(Vm vm, String body, ArgParser p, StringBuilder out, int[] auto, int depth) {
        if (depth <= 0) throw Errors.value("Max string recursion exceeded");
        String name = body;
        String spec = "";
        char conv = 0;
        int colon = indexOutside(body, ':');
        if (colon >= 0) {
            spec = body.substring(colon + 1);
            name = body.substring(0, colon);
        }
        int bang = name.indexOf('!');
        if (bang >= 0) {
            if (bang + 2 != name.length()) throw Errors.value("expected ':' after conversion specifier");
            conv = name.charAt(bang + 1);
            name = name.substring(0, bang);
        }
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') end++;
        String first = name.substring(0, end);
        PyObject obj;
        if (first.isEmpty()) {
            if (auto[0] < 0) throw Errors.value("cannot switch from manual field specification to automatic field numbering");
            int idx = auto[0]++;
            if (idx >= p.npos - 1) throw Errors.index("Replacement index " + idx + " out of range for positional args tuple");
            obj = vm.heap.newRef(p.args[idx + 1]);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[0] > 0) throw Errors.value("cannot switch from automatic field numbering to manual field specification");
            auto[0] = -1;
            int idx = Integer.parseInt(first);
            if (idx >= p.npos - 1) throw Errors.index("Replacement index " + idx + " out of range for positional args tuple");
            obj = vm.heap.newRef(p.args[idx + 1]);
        } else {
            PyObject v = p.kw(first);
            if (v == null) throw Errors.key(new PyStr(first));
            obj = vm.heap.newRef(v);
        }
        try {
            int i = end;
            while (i < name.length()) {
                if (name.charAt(i) == '.') {
                    int j = i + 1;
                    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') j++;
                    PyObject next = Attributes.get(vm, obj, Interned.str(name.substring(i + 1, j)));
                    vm.heap.decref(obj);
                    obj = next;
                    i = j;
                } else {
                    int j = name.indexOf(']', i);
                    if (j < 0) throw Errors.value("Missing ']' in format string");
                    String key = name.substring(i + 1, j);
                    PyObject keyObj = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                            ? PyInt.of(Long.parseLong(key)) : new PyStr(key);
                    PyObject next;
                    try {
                        next = Items.getItem(vm, obj, keyObj);
                    } finally {
                        vm.heap.decref(keyObj);
                    }
                    vm.heap.decref(obj);
                    obj = next;
                    i = j + 1;
                }
            }
            PyObject converted = obj;
            if (conv == 'r') converted = new PyStr(Repr.repr(vm, obj));
            else if (conv == 's') converted = new PyStr(Repr.str(vm, obj));
            else if (conv == 'a') converted = new PyStr(Strings.ascii(Repr.repr(vm, obj)));
            else if (conv != 0) throw Errors.value("Unknown conversion specifier " + conv);
            if (converted != obj) {
                vm.heap.decref(obj);
                obj = converted;
            }
            StringBuilder specOut = new StringBuilder();
            render(vm, spec, p, specOut, auto, depth - 1);
            PyObject r = Formatting.format(vm, obj, specOut.toString());
            out.append(((PyStr) r).value);
            vm.heap.decref(r);
        } finally {
            vm.heap.decref(obj);
        }
    }

    private static int indexOutside(String s, char c) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '[') depth++;
            else if (x == ']') depth--;
            else if (x == c && depth == 0) return i;
        }
        return -1;
    }
}
