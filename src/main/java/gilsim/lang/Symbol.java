package gilsim.lang;

/**
 * One name of one scope: its final {@link NameScope} and how the scope uses it. The flag bits
 * are CPython's (DEF_GLOBAL, DEF_LOCAL, DEF_PARAM, DEF_NONLOCAL, USE, DEF_FREE_CLASS,
 * DEF_IMPORT, DEF_ANNOT).
 */
public record Symbol(String name, NameScope scope, int flags) {

    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public boolean isParameter() {
        return (flags & DEF_PARAM) != 0;
    }

    /** Bound in this scope by assignment, def, class, import, for, with, except or del. */
    public boolean isAssigned() {
        return (flags & DEF_BOUND) != 0;
    }

    public boolean isReferenced() {
        return (flags & USE) != 0;
    }

    public boolean isDeclaredGlobal() {
        return (flags & DEF_GLOBAL) != 0;
    }

    public boolean isDeclaredNonlocal() {
        return (flags & DEF_NONLOCAL) != 0;
    }

    /**
     * In a class body: the name is bound in the class and also free in one of its methods, so
     * the class reads it from its own namespace first, then the cell (CPython's
     * LOAD_CLASSDEREF); it is then one of the class's freevars too.
     */
    public boolean isFreeInClass() {
        return (flags & DEF_FREE_CLASS) != 0;
    }
}
