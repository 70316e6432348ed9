package gilsim.vm;

import static gilsim.vm.PyType.Layout.NATIVE;
import static gilsim.vm.PyType.Layout.OBJECT;

/**
 * The built-in types, JVM-wide singletons like CPython's static types. Their reference counts
 * (and those of None, True, False, small ints and interned strings) start at
 * {@link #STATIC_REFCNT} and are the simulator's own numbers: CPython's depend on interpreter
 * internals (FACTS.md §1) and are documented as such. Methods are installed by the builtins.
 */
public final class Types {
    /** Initial count of static objects: high enough never to reach zero. */
    public static final long STATIC_REFCNT = 1_000_000_000L;
    /** CPython 3.11 starts its static small ints at 999999999 (FACTS.md §1). */
    public static final long SMALL_INT_REFCNT = 999_999_999L;

    public static final PyType OBJECT_TYPE = PyType.builtin("object", null, OBJECT);
    public static final PyType TYPE = PyType.builtin("type", OBJECT_TYPE, NATIVE);
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", OBJECT_TYPE, NATIVE);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", OBJECT_TYPE, NATIVE);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", OBJECT_TYPE, NATIVE);
    public static final PyType INT = PyType.builtin("int", OBJECT_TYPE, NATIVE);
    public static final PyType BOOL = PyType.builtin("bool", INT, NATIVE);
    public static final PyType FLOAT = PyType.builtin("float", OBJECT_TYPE, NATIVE);
    public static final PyType STR = PyType.builtin("str", OBJECT_TYPE, NATIVE);
    public static final PyType TUPLE = PyType.builtin("tuple", OBJECT_TYPE, NATIVE);
    public static final PyType LIST = PyType.builtin("list", OBJECT_TYPE, NATIVE);
    public static final PyType DICT = PyType.builtin("dict", OBJECT_TYPE, NATIVE);
    public static final PyType SET = PyType.builtin("set", OBJECT_TYPE, NATIVE);
    public static final PyType FROZENSET = PyType.builtin("frozenset", OBJECT_TYPE, NATIVE);
    public static final PyType RANGE = PyType.builtin("range", OBJECT_TYPE, NATIVE);
    public static final PyType SLICE = PyType.builtin("slice", OBJECT_TYPE, NATIVE);
    public static final PyType FUNCTION = PyType.builtin("function", OBJECT_TYPE, NATIVE);
    public static final PyType CODE = PyType.builtin("code", OBJECT_TYPE, NATIVE);
    public static final PyType CELL = PyType.builtin("cell", OBJECT_TYPE, NATIVE);
    public static final PyType METHOD = PyType.builtin("method", OBJECT_TYPE, NATIVE);
    public static final PyType BUILTIN_FUNCTION = PyType.builtin("builtin_function_or_method", OBJECT_TYPE, NATIVE);
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", OBJECT_TYPE, NATIVE);
    public static final PyType MODULE = PyType.builtin("module", OBJECT_TYPE, NATIVE);
    public static final PyType GENERATOR = PyType.builtin("generator", OBJECT_TYPE, NATIVE);
    public static final PyType FRAME = PyType.builtin("frame", OBJECT_TYPE, NATIVE);
    public static final PyType TRACEBACK = PyType.builtin("traceback", OBJECT_TYPE, NATIVE);
    public static final PyType SUPER = PyType.builtin("super", OBJECT_TYPE, NATIVE);
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod", OBJECT_TYPE, NATIVE);
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", OBJECT_TYPE, NATIVE);
    public static final PyType PROPERTY = PyType.builtin("property", OBJECT_TYPE, NATIVE);
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", OBJECT_TYPE, NATIVE);
    public static final PyType LIST_REVERSEITERATOR = PyType.builtin("list_reverseiterator", OBJECT_TYPE, NATIVE);
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", OBJECT_TYPE, NATIVE);
    public static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", OBJECT_TYPE, NATIVE);
    public static final PyType RANGE_ITERATOR = PyType.builtin("range_iterator", OBJECT_TYPE, NATIVE);
    public static final PyType SET_ITERATOR = PyType.builtin("set_iterator", OBJECT_TYPE, NATIVE);
    public static final PyType DICT_KEYITERATOR = PyType.builtin("dict_keyiterator", OBJECT_TYPE, NATIVE);
    public static final PyType DICT_VALUEITERATOR = PyType.builtin("dict_valueiterator", OBJECT_TYPE, NATIVE);
    public static final PyType DICT_ITEMITERATOR = PyType.builtin("dict_itemiterator", OBJECT_TYPE, NATIVE);
    public static final PyType DICT_KEYS = PyType.builtin("dict_keys", OBJECT_TYPE, NATIVE);
    public static final PyType DICT_VALUES = PyType.builtin("dict_values", OBJECT_TYPE, NATIVE);
    public static final PyType DICT_ITEMS = PyType.builtin("dict_items", OBJECT_TYPE, NATIVE);
    public static final PyType ENUMERATE = PyType.builtin("enumerate", OBJECT_TYPE, NATIVE);
    public static final PyType ZIP = PyType.builtin("zip", OBJECT_TYPE, NATIVE);
    public static final PyType MAP = PyType.builtin("map", OBJECT_TYPE, NATIVE);
    public static final PyType FILTER = PyType.builtin("filter", OBJECT_TYPE, NATIVE);
    public static final PyType REVERSED = PyType.builtin("reversed", OBJECT_TYPE, NATIVE);
    public static final PyType CALLABLE_ITERATOR = PyType.builtin("callable_iterator", OBJECT_TYPE, NATIVE);
    public static final PyType ITERATOR = PyType.builtin("iterator", OBJECT_TYPE, NATIVE);

    // The exception hierarchy of CPython 3.11 (Objects/exceptions.c), the part programs meet.
    public static final PyType BASE_EXCEPTION = exc("BaseException", null);
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
    public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
    public static final PyType WARNING = exc("Warning", EXCEPTION);
    public static final PyType USER_WARNING = exc("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);

    /** The exception classes visible as builtins, in definition order. */
    public static final PyType[] EXCEPTIONS = {
        BASE_EXCEPTION, GENERATOR_EXIT, KEYBOARD_INTERRUPT, SYSTEM_EXIT, EXCEPTION, ARITHMETIC_ERROR,
        FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR,
        BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR,
        KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR, REFERENCE_ERROR,
        RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, STOP_ITERATION, SYNTAX_ERROR,
        INDENTATION_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, WARNING,
        USER_WARNING, DEPRECATION_WARNING, RUNTIME_WARNING,
    };

    static {
        OBJECT_TYPE.subclassable = true;
        for (PyType t : EXCEPTIONS) t.subclassable = true;
    }

    private Types() {}

    private static PyType exc(String name, PyType base) {
        return PyType.builtin(name, base == null ? OBJECT_TYPE : base, PyType.Layout.EXCEPTION);
    }
}
