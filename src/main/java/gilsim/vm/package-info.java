/**
 * gilsim's Python VM: a simulated CPython 3.11 that runs the bytecode of
 * {@link gilsim.lang.bytecode.CodeUnit} with CPython's reference counts.
 *
 * <h2>Notes about the design</h2>
 * <ul>
 * <li><b>Objects and counts.</b> Every object is a {@link gilsim.vm.PyObject} with a count that
 *     only {@link gilsim.vm.Heap#incref}/{@link gilsim.vm.Heap#decref} change, through the
 *     {@link gilsim.vm.RefcountModel} installed on the heap (plain counting by default; the
 *     machine installs racy, atomic, biased... models). Each opcode increfs and decrefs as
 *     3.11's ceval.c does, calls through C build argument tuples and hold the references C code
 *     holds, deallocs drop references in CPython's order, {@code __del__} runs as a frame, and
 *     gc.collect() finds cycles by trial deletion. sys.getrefcount gives CPython 3.11's numbers
 *     for the objects programs create (checked by the differential corpus).</li>
 * <li><b>Steppable execution.</b> A thread ({@link gilsim.vm.ThreadState}) is a stack of
 *     frames: Python frames and native continuations ({@link gilsim.vm.NativeFrame}) of
 *     built-ins that call Python code. {@link gilsim.vm.Interpreter#run} advances a thread by a
 *     budget of instructions and returns why it stopped ({@link gilsim.vm.StopReason}): budget,
 *     an eval-breaker check the machine asked for ({@link gilsim.vm.ThreadState#setRequestStop}),
 *     a blocking call ({@link gilsim.vm.BlockingCall}: sleep, simulated I/O, a held lock, a
 *     join), a yield, or the end. No Python call ever runs in a nested Java loop, so the machine
 *     can switch threads anywhere a CPython thread could be switched.</li>
 * <li><b>What the machine implements</b>: {@link gilsim.vm.RefcountModel} (every count change),
 *     {@link gilsim.vm.ThreadHost} (threads started, locks released, the clock, the switch
 *     interval, the size-dependent work of long built-ins), and the scheduling itself around
 *     {@link gilsim.vm.Interpreter#run}. {@link gilsim.vm.SequentialHost} is the plain
 *     single-core implementation used by {@link gilsim.vm.Session}.</li>
 * <li><b>Entry points</b>: {@link gilsim.vm.Session} (the kernel's: cells, interrupt, reset,
 *     introspection) and {@link gilsim.vm.RunFile} (a file, like python3).</li>
 * </ul>
 * Text formatting, hashing and the set table come from {@code gilsim.vm.format},
 * {@code gilsim.vm.hashing} and {@code gilsim.vm.table}.
 */
package gilsim.vm;
