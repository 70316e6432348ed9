package gilsim.lang.ast;

/** Whether a target expression is read, assigned or deleted, as CPython's ast.Load/Store/Del. */
public enum ExprContext { LOAD, STORE, DEL }
