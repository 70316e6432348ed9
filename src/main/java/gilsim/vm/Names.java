package gilsim.vm;

/** Interned names the VM looks up itself (dunder methods and special attributes). */
final class Names {
    static final PyStr INIT = Interned.str("__init__");
    static final PyStr NEW = Interned.str("__new__");
    static final PyStr DEL = Interned.str("__del__");
    static final PyStr REPR = Interned.str("__repr__");
    static final PyStr STR = Interned.str("__str__");
    static final PyStr FORMAT = Interned.str("__format__");
    static final PyStr HASH = Interned.str("__hash__");
    static final PyStr EQ = Interned.str("__eq__");
    static final PyStr NE = Interned.str("__ne__");
    static final PyStr BOOL = Interned.str("__bool__");
    static final PyStr LEN = Interned.str("__len__");
    static final PyStr GETITEM = Interned.str("__getitem__");
    static final PyStr SETITEM = Interned.str("__setitem__");
    static final PyStr DELITEM = Interned.str("__delitem__");
    static final PyStr CONTAINS = Interned.str("__contains__");
    static final PyStr ITER = Interned.str("__iter__");
    static final PyStr NEXT = Interned.str("__next__");
    static final PyStr CALL = Interned.str("__call__");
    static final PyStr ENTER = Interned.str("__enter__");
    static final PyStr EXIT = Interned.str("__exit__");
    static final PyStr GETATTR = Interned.str("__getattr__");
    static final PyStr GETATTRIBUTE = Interned.str("__getattribute__");
    static final PyStr SETATTR = Interned.str("__setattr__");
    static final PyStr DELATTR = Interned.str("__delattr__");
    static final PyStr NEG = Interned.str("__neg__");
    static final PyStr POS = Interned.str("__pos__");
    static final PyStr INVERT = Interned.str("__invert__");
    static final PyStr ABS = Interned.str("__abs__");
    static final PyStr INDEX = Interned.str("__index__");
    static final PyStr INT = Interned.str("__int__");
    static final PyStr FLOAT = Interned.str("__float__");
    static final PyStr ROUND = Interned.str("__round__");
    static final PyStr CLASSCELL = Interned.str("__classcell__");
    static final PyStr MODULE = Interned.str("__module__");
    static final PyStr QUALNAME = Interned.str("__qualname__");
    static final PyStr NAME = Interned.str("__name__");
    static final PyStr DOC = Interned.str("__doc__");
    static final PyStr BUILD_CLASS = Interned.str("__build_class__");
    static final PyStr SLOTS = Interned.str("__slots__");
    static final PyStr REVERSED = Interned.str("__reversed__");

    private Names() {}
}
