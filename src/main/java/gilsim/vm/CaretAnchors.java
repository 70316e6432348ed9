package gilsim.vm;

import gilsim.lang.Parser;
import gilsim.lang.ast.Expr;
import gilsim.lang.ast.Module;
import gilsim.lang.ast.Span;
import gilsim.lang.ast.Stmt;

/**
 * Where, inside the marked piece of a line, CPython 3.11 puts the {@code ^} of a binary operation
 * or a subscript: the piece is parsed on its own, and for {@code a + b} the operator, for
 * {@code a[i]} the brackets get {@code ^} while the rest gets {@code ~}. Any other expression
 * (a call, an attribute, a comparison) has no anchors and is marked with {@code ^} throughout.
 *
 * <p>The two printers of 3.11.7 do not agree, and each is followed: Lib/traceback.py
 * (_extract_caret_anchors_from_line_segment) mixes byte and character offsets when it looks past
 * the left operand, so after a non-ASCII operand its {@code ^} lands a few places late, and it
 * also skips the character after a {@code )}; Python/traceback.c (extract_anchors_from_expr)
 * walks the UTF-8 bytes and stops at the operator. Offsets returned are code points into the piece.
 */
final class CaretAnchors {
    /** [left, right): the part that gets the secondary character ({@code ^}). */
    record Anchors(int leftEnd, int rightStart) {}

    private CaretAnchors() {}

    /** Python/traceback.c's anchors (uncaught exceptions, threads, unraisable errors); null: none. */
    static Anchors interpreter(String segment) {
        Expr e = soleExpression(segment);
        LineText s = new LineText(segment);
        if (e instanceof Expr.BinOp b) {
            int rightCol = byteAt(s, b.right().span().col());
            int left = -1, right = -1;
            for (int i = byteAt(s, b.left().span().endCol()); i < rightCol; i++) {
                if (LineText.isCBlank(s.byteAt(i))) continue;
                left = i;
                right = i + 1;
                // A two-character operator (//, **, <<, ...).
                if (i + 1 < rightCol && !LineText.isCBlank(s.byteAt(i + 1))) right++;
                // The closing parenthesis of the left operand is not the operator.
                if (i + 1 < rightCol && s.byteAt(i) == ')') continue;
                break;
            }
            if (left < 0) return null;
            return new Anchors(s.charOffsetReadingNul(left), s.charOffsetReadingNul(right));
        }
        if (e instanceof Expr.Subscript sub) {
            int len = s.byteLength();
            int left = byteAt(s, sub.value().span().endCol());
            int right = byteAt(s, sub.slice().span().endCol()) + 1;
            while (left < len && s.byteAt(left) != '[') left++;
            while (right < len && s.byteAt(right) != ']') right++;
            if (right < len) right++;
            return new Anchors(s.charOffsetReadingNul(left), s.charOffsetReadingNul(right));
        }
        return null;
    }

    /** Lib/traceback.py's anchors (traceback.print_exception and friends); null: none. */
    static Anchors tracebackModule(String segment) {
        Expr e = soleExpression(segment);
        LineText s = new LineText(segment);
        int[] cps = s.cps;
        if (e instanceof Expr.BinOp b) {
            int leftEnd = byteAt(s, b.left().span().endCol());
            String operator = s.slice(s.charOffset(leftEnd), s.charOffset(byteAt(s, b.right().span().col())));
            int[] op = operator.codePoints().toArray();
            int operatorOffset = 0;
            while (operatorOffset < op.length && LineText.isPythonSpace(op[operatorOffset])) operatorOffset++;
            // A byte offset plus a character count, used below as a character index: CPython's own.
            int left = leftEnd + operatorOffset;
            int right = left + 1;
            if (operatorOffset + 1 < op.length && !LineText.isPythonSpace(op[operatorOffset + 1])) right++;
            while (left < cps.length && (LineText.isPythonSpace(cps[left]) || cps[left] == ')' || cps[left] == '#')) {
                left++;
                right++;
            }
            return new Anchors(s.charOffset(left), s.charOffset(right));
        }
        if (e instanceof Expr.Subscript sub) {
            int left = s.charOffset(byteAt(s, sub.value().span().endCol()));
            int right = s.charOffset(byteAt(s, sub.slice().span().endCol()) + 1);
            while (left < cps.length && cps[left] != '[') left++;
            while (right < cps.length && cps[right] != ']') right++;
            if (right < cps.length) right++;
            return new Anchors(left, right);
        }
        return null;
    }

    /** The piece parsed as a module of one expression statement (ast.parse), or null. */
    private static Expr soleExpression(String segment) {
        Module tree;
        try {
            tree = Parser.syntaxTree(segment);
        } catch (Exception | StackOverflowError notPython) {
            return null;
        }
        if (tree.body().size() != 1 || !(tree.body().get(0) instanceof Stmt.ExprStmt stmt)) return null;
        return stmt.value();
    }

    /** The AST's 1-based code point column as the 0-based UTF-8 offset CPython's AST has. */
    private static int byteAt(LineText s, int column) {
        return s.byteOffset(column - 1);
    }
}
