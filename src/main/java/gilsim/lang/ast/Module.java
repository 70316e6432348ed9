package gilsim.lang.ast;

import java.util.List;

/** A parsed cell or file: its statements in order. */
public record Module(List<Stmt> body) {
}
