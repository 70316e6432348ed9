package gilsim.vm;

/**
 * Which of CPython 3.11's two traceback printers to imitate. They print the same frames, but
 * differ in small ways: the interpreter keeps a source line's trailing blanks and shows at most
 * the last 1000 frames; the module strips the line and measures its markers against the line as
 * linecache holds it (so a line without a final newline shifts them by one column); and they
 * place a binary operator's {@code ^} differently after a {@code )} or a non-ASCII operand.
 */
public enum TracebackStyle {
    /** Python/traceback.c: an uncaught exception (sys.excepthook), threading's hook, "Exception ignored". */
    INTERPRETER,
    /** Lib/traceback.py: traceback.print_exception, which the %%python driver uses. */
    TRACEBACK_MODULE
}
