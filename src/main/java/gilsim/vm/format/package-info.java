/**
 * Python's text conversions, exactly as CPython 3.11.7 does them, on plain Java values:
 * {@link gilsim.vm.format.FloatRepr} ({@code repr(float)}), {@link gilsim.vm.format.FloatFormat}
 * (PyOS_double_to_string), {@link gilsim.vm.format.Formatter} and
 * {@link gilsim.vm.format.FormatSpec} ({@code format(x, spec)}, f-string fields),
 * {@link gilsim.vm.format.FormatTemplate} and {@link gilsim.vm.format.FieldName}
 * ({@code str.format} templates), {@link gilsim.vm.format.PercentFormat} with
 * {@link gilsim.vm.format.FormatArg} ({@code str % args}), {@link gilsim.vm.format.IntFormat}
 * ({@code str(int)}, {@code bin/oct/hex}, {@code int(s, base)}), {@link gilsim.vm.format.FloatParse}
 * ({@code float(s)}), {@link gilsim.vm.format.StrRepr} ({@code repr}/{@code ascii} of str) and
 * {@link gilsim.vm.format.UnicodeTables} (Unicode 14 properties).
 *
 * <p>Python-level failures are {@link gilsim.vm.format.FormatError}s carrying the Python
 * exception type name and CPython's message. The tests compare every function with python3 on
 * large random samples.
 */
package gilsim.vm.format;
