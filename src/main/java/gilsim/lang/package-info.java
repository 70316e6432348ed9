/**
 * The front end of gilsim's Python subset: source text to a checked AST and its scopes, with the
 * errors CPython 3.11 raises, word for word and at the same line and column. Nothing here knows
 * about the VM, the simulator or Jupyter.
 *
 * <h2>Pipeline</h2>
 * <pre>
 *   source --Lexer--> tokens --StatementParser/ExpressionParser/...--> ast.Module
 *          --SymbolTable--> scopes --ContextChecker--> checked      (Parser.analyze does it all)
 * </pre>
 * <ul>
 *   <li>{@link gilsim.lang.Parser#parse(String)} / {@link gilsim.lang.Parser#analyze(String)}:
 *       the entry points. They throw {@link gilsim.lang.PySyntaxError} (SyntaxError,
 *       IndentationError, TabError; RecursionError for absurd nesting) exactly where
 *       {@code compile(source, "<cell>", "exec")} would, and otherwise, for valid Python outside
 *       the subset, {@link gilsim.lang.UnsupportedFeatureError}.</li>
 *   <li>{@link gilsim.lang.SymbolTable}: per scope ({@link gilsim.lang.Scope}) each name's
 *       {@link gilsim.lang.NameScope}, and co_varnames, co_cellvars, co_freevars as CPython
 *       orders them.</li>
 *   <li>{@link gilsim.lang.CompletenessChecker}: Jupyter's is_complete, as IPython answers it.</li>
 *   <li>{@link gilsim.lang.ast.AstDump}: a tree printed as CPython's {@code ast.dump}.</li>
 * </ul>
 *
 * <h2>Positions</h2>
 * Lines are 1-based; columns are 1-based code points, ends exclusive, everywhere: tokens, AST
 * spans and errors ({@link gilsim.lang.SourcePos} is CPython's (lineno, offset)).
 *
 * <h2>How errors are made to match CPython</h2>
 * CPython's PEG parser parses twice when it fails: a plain pass, then a pass with "invalid_"
 * rules that produce the specific messages. gilsim parses once, by recursive descent, applying
 * those rules where the plain grammar would fail, and backtracking where a PEG parser does
 * (operators whose operand fails, trailers, optional parts). Plain "invalid syntax" sits where
 * the plain grammar stopped; tokenizer errors and unclosed brackets take precedence as in
 * CPython. The tests compare hundreds of cases with CPython itself (see cpython_cases.py and
 * symtable_cases.py in the tests).
 */
package gilsim.lang;
