"""Print CPython 3.11's code objects for a source file in gilsim's normalized form.

Usage: python3 dis_normalized.py FILE...  (listings separated by a line "=====")

The listing leaves out what gilsim's bytecode does not have (PRECALL, CACHE, EXTENDED_ARG,
COPY_FREE_VARS, and RETURN_GENERATOR with the POP_TOP after it), numbers instructions by index
and prints jump targets and exception-table ranges as indexes, so that it can be compared with
the same listing of gilsim's CodeUnit (gilsim.lang.compiler.NormalizedListing).
"""
import dis
import sys

DROPPED = {"PRECALL", "CACHE", "EXTENDED_ARG", "COPY_FREE_VARS"}
FLAG_MASK = 0x04 | 0x08 | 0x10 | 0x20
NAMESPACE_BODY = 0x1000


def const_repr(c):
    if isinstance(c, type((lambda: 0).__code__)):
        return "<code %s>" % c.co_qualname
    if isinstance(c, frozenset):
        return "frozenset({%s})" % ", ".join(sorted(const_repr(x) for x in c))
    if isinstance(c, tuple):
        items = [const_repr(x) for x in c]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return repr(c)


def listing(co, out):
    instrs = [i for i in dis.get_instructions(co) if i.opname not in DROPPED]
    gen = [n for n, i in enumerate(instrs) if i.opname == "RETURN_GENERATOR"]
    if gen:
        del instrs[gen[0]:gen[0] + 2]  # RETURN_GENERATOR and its POP_TOP
    def at_or_after(offset):
        """The index of the instruction at offset, or of the first kept one after it (a jump
        to an EXTENDED_ARG lands on the instruction it extends)."""
        for n, i in enumerate(instrs):
            if i.offset >= offset:
                return n
        return len(instrs)
    index = at_or_after

    positions = list(co.co_positions())
    flags = co.co_flags & FLAG_MASK
    if not co.co_flags & 0x01:  # not CO_OPTIMIZED: a module or class body
        flags = NAMESPACE_BODY
    out.append("code %s line %d" % (co.co_qualname, co.co_firstlineno))
    out.append("  args %d posonly %d kwonly %d flags %#x stacksize %d" % (
        co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, flags, co.co_stacksize))
    out.append("  names %s" % (list(co.co_names),))
    out.append("  varnames %s" % (list(co.co_varnames),))
    out.append("  cellvars %s" % (list(co.co_cellvars),))
    out.append("  freevars %s" % (list(co.co_freevars),))
    out.append("  consts [%s]" % ", ".join(const_repr(c) for c in co.co_consts))
    for n, i in enumerate(instrs):
        line = positions[i.offset // 2][0]
        out.append("  %3d %4s %s%s" % (n, "-" if line is None else line, opname(i),
                                      argument(co, i, index)))
    for e in dis._parse_exception_table(co):
        out.append("  except %d to %d -> %d [%d]%s" % (
            at_or_after(e.start), at_or_after(e.end), at_or_after(e.target), e.depth,
            " lasti" if e.lasti else ""))
    for c in co.co_consts:
        if isinstance(c, type(co)):
            listing(c, out)


def opname(i):
    """gilsim's jumps have no direction: POP_JUMP_FORWARD_IF_TRUE is POP_JUMP_IF_TRUE."""
    return i.opname.replace("_FORWARD_IF_", "_IF_").replace("_BACKWARD_IF_", "_IF_")


def argument(co, i, index):
    op = i.opname
    if i.arg is None:
        return ""
    if op in ("LOAD_CONST", "KW_NAMES"):
        return " " + const_repr(co.co_consts[i.arg])
    if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs:
        return " to %d" % index(i.argval)
    if op == "LOAD_GLOBAL":
        return " " + ("NULL + " if i.arg & 1 else "") + co.co_names[i.arg >> 1]
    if i.opcode in dis.hasname:
        return " " + co.co_names[i.arg]
    if i.opcode in dis.haslocal:
        return " " + co.co_varnames[i.arg]
    if i.opcode in dis.hasfree or op == "MAKE_CELL":
        return " " + i.argval
    if op == "RESUME":
        return " %d" % i.arg
    return " %d" % i.arg


for n, path in enumerate(sys.argv[1:]):
    out = []
    listing(compile(open(path, encoding="utf-8").read(), "<cell>", "exec"), out)
    if n:
        print("=====")
    print("\n".join(out))
