package gilsim.lang.ast;

import java.util.List;

/**
 * The parameters of a def or lambda, as CPython's ast.arguments:
 * {@code def f(posonly, /, args, *vararg, kwonly, **kwarg)}.
 *
 * <ul>
 *   <li>{@code defaults} belong to the <em>last</em> {@code defaults.size()} parameters of
 *       {@code posonly} followed by {@code args} (so {@code def f(a, b=1, c=2)} has defaults
 *       [1, 2] for b and c);</li>
 *   <li>{@code kwDefaults} is parallel to {@code kwonly}, with a null entry for a keyword-only
 *       parameter without default;</li>
 *   <li>{@code vararg} and {@code kwarg} are nullable. A bare {@code *} has kwonly parameters
 *       and a null vararg.</li>
 * </ul>
 * CPython orders a code object's {@code co_varnames} as: posonly, args, kwonly, vararg, kwarg
 * ({@link #parameterNames()}).
 */
public record Arguments(List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

    public static final Arguments EMPTY =
            new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    /** Parameter names in CPython's co_varnames order: posonly, args, kwonly, *vararg, **kwarg. */
    public List<String> parameterNames() {
        var names = new java.util.ArrayList<String>();
        posonly.forEach(a -> names.add(a.name()));
        args.forEach(a -> names.add(a.name()));
        kwonly.forEach(a -> names.add(a.name()));
        if (vararg != null) names.add(vararg.name());
        if (kwarg != null) names.add(kwarg.name());
        return names;
    }

    /** co_argcount: positional parameters, positional-only included. */
    public int positionalCount() {
        return posonly.size() + args.size();
    }
}
