package gilsim.vm;

/**
 * Arguments of a built-in call: positional ones, keyword ones by name, and CPython's messages
 * for wrong counts ("len() takes exactly one argument (2 given)", "pop expected at most 1
 * argument, got 2") and unknown keywords.
 */
final class ArgParser {
    final String name;
    /** The qualified name for METH_NOARGS/METH_O messages ("int.bit_length"). */
    final String qualname;
    /** 1 for methods: args[0] is self, which messages do not count. */
    final int offset;
    final PyObject[] args;
    final String[] kwnames;
    final int npos;

    ArgParser(String name, PyObject[] args, String[] kwnames) {
        this(name, name, 0, args, kwnames);
    }

    private ArgParser(String name, String qualname, int offset, PyObject[] args, String[] kwnames) {
        this.name = name;
        this.qualname = qualname;
        this.offset = offset;
        this.args = args;
        this.kwnames = kwnames;
        this.npos = args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /** A method's arguments: counts are given with self, messages count without it. */
    static ArgParser method(String qualname, PyObject[] args, String[] kwnames) {
        String shortName = qualname.substring(qualname.lastIndexOf('.') + 1);
        return new ArgParser(shortName, qualname, 1, args, kwnames);
    }

    PyObject pos(int i) { return args[i]; }

    /** Positional i, or the keyword of that name, or null. */
    PyObject get(int i, String keyword) {
        if (i < npos) return args[i];
        return kw(keyword);
    }

    PyObject kw(String keyword) {
        if (kwnames == null) return null;
        for (int k = 0; k < kwnames.length; k++) {
            if (kwnames[k].equals(keyword)) return args[npos + k];
        }
        return null;
    }

    ArgParser noKeywords() {
        if (kwnames != null && kwnames.length > 0) throw Errors.type(qualname + "() takes no keyword arguments");
        return this;
    }

    /** Only these keywords are accepted. */
    ArgParser keywords(String... allowed) {
        if (kwnames == null) return this;
        outer:
        for (String k : kwnames) {
            for (String a : allowed) if (a.equals(k)) continue outer;
            throw Errors.type("'" + k + "' is an invalid keyword argument for " + name + "()");
        }
        return this;
    }

    /** METH_O: exactly one positional argument. */
    ArgParser one() {
        noKeywords();
        if (npos != 1 + offset) throw Errors.type(qualname + "() takes exactly one argument (" + (npos - offset) + " given)");
        return this;
    }

    /** METH_NOARGS. */
    ArgParser none() {
        noKeywords();
        if (npos != offset) throw Errors.type(qualname + "() takes no arguments (" + (npos - offset) + " given)");
        return this;
    }

    /** Argument Clinic style counts: "name expected at most 2 arguments, got 3". */
    ArgParser between(int min, int max) {
        if (offset > 0 && (npos < min || npos > max)) {
            min -= offset;
            max -= offset;
            int given = npos - offset;
            if (given < min) {
                throw Errors.type(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + given);
            }
            throw Errors.type(name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + given);
        }
        if (npos < min) {
            if (min == max) throw Errors.type(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + npos);
            throw Errors.type(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + npos);
        }
        if (npos > max) {
            if (min == max) throw Errors.type(name + " expected " + max + " argument" + (max == 1 ? "" : "s") + ", got " + npos);
            throw Errors.type(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + npos);
        }
        return this;
    }

    static long toLong(PyObject o, String what) {
        if (o instanceof PyInt i) {
            if (i.big != null) throw Errors.overflow("Python int too large to convert to C ssize_t");
            return i.value;
        }
        throw Errors.type("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    static int toInt(PyObject o) {
        long v = toLong(o, null);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) throw Errors.overflow("Python int too large to convert to C int");
        return (int) v;
    }

    static String str(PyObject o, String fname, int argno) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.type(fname + "() argument " + argno + " must be str, not " + o.type().name);
    }
}
