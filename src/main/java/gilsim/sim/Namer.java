package gilsim.sim;

import gilsim.vm.PyObject;

/** Describes objects in reports and crash messages: type, gilsim's id, and a global name bound to it. */
interface Namer {
    /** E.g. "list object at 0x7f3a00001030 ('shared')". */
    String describe(PyObject o);
}
