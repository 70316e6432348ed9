#!/usr/bin/env python3
"""Regenerate (or check) the expected output of gilsim's differential test programs.

Every program under src/test/resources/programs/<topic>/<name>.py is run in CPython 3.11 as
`PYTHONHASHSEED=0 python3 <name>.py`, from its own directory, with UTF-8 standard streams.
Its stdout is written to <name>.out beside it, so that the JUnit runner can compare gilsim's
output with CPython's on machines that have no CPython 3.11.

- Programs in uncaught/ must end with an uncaught exception: the last line of their stderr
  (e.g. `ValueError: invalid literal for int() with base 10: 'x'`) goes to <name>.err_last.
- Programs in tracebacks/ must end with an uncaught exception too, and their whole stderr is kept:
  <name>.err as the interpreter prints it (`python3 <name>.py`, with the program's absolute path
  in `File "..."` lines cut to <name>.py), and <name>.err_module as traceback.print_exception
  prints it when the program runs the way the kernel's %%python driver runs a cell (source lines
  registered in linecache as str.splitlines(True) gives them).
- Every other program must exit with status 0. What it prints on stderr (print(..., file=sys.stderr))
  goes to <name>.err; a warning on stderr (e.g. SyntaxWarning) is a mistake in the program.
- Programs in unsupported/ are not run: they are outside gilsim's Python; each has a
  hand-written <name>.expected holding the first line of the message gilsim prints.

Each program is run twice and the two outputs must be identical (no id(), no timing, no
default reprs with addresses, no order that depends on anything but PYTHONHASHSEED=0).

Refcounts and set orders are those of CPython 3.11: the script refuses to write expectations
with another version (3.12 made small ints and singletons immortal and inlined comprehensions).

Usage:
    python3 src/test/python/differential/make_expected.py           # write .out / .err_last
    python3 src/test/python/differential/make_expected.py --check   # compare, write nothing
    options: --python PATH (default: python3 on PATH), --only SUBSTRING (paths containing it)
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_ROOT = HERE.parents[1] / "resources" / "programs"
REQUIRED_VERSION = (3, 11)
UNCAUGHT_TOPIC = "uncaught"
TRACEBACKS_TOPIC = "tracebacks"
UNSUPPORTED_TOPIC = "unsupported"
TIMEOUT_SECONDS = 60


def python_version(python):
    out = subprocess.run(
        [python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
        capture_output=True, text=True, check=True).stdout.strip()
    return tuple(int(part) for part in out.split("."))


# Runs the program named by argv[1] as gilsim's %%python driver runs a cell (PythonProcess.DRIVER):
# its lines in linecache as splitlines(True) gives them, an uncaught exception printed by
# traceback.print_exception without the driver's frame.
MODULE_DRIVER = """
import linecache, sys, traceback
name = sys.argv[1]
with open(name, encoding="utf-8") as f:
    src = f.read()
linecache.cache[name] = (len(src), None, src.splitlines(True), name)
try:
    exec(compile(src, name, "exec"), {"__name__": "__main__", "__builtins__": __builtins__})
except BaseException as e:
    traceback.print_exception(type(e), e, e.__traceback__.tb_next)
    sys.exit(1)
"""


def run_program(python, program, driver=None):
    """Runs one program the way the expectations are defined; returns (rc, stdout, stderr)."""
    env = dict(os.environ)
    env.update({
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUTF8": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    })
    # Variables that would change what CPython does or prints.
    for name in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONDEVMODE", "PYTHONMALLOC",
                 "PYTHONINSPECT", "PYTHONOPTIMIZE", "PYTHONPATH"):
        env.pop(name, None)
    command = [python, program.name] if driver is None else [python, "-c", driver, program.name]
    proc = subprocess.run(
        command, cwd=program.parent, env=env,
        capture_output=True, timeout=TIMEOUT_SECONDS)
    return (proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] + "\n" if lines else ""


def expectations(program, python):
    """Returns {path: text} of the files that describe this program, or raises ValueError."""
    first = run_program(python, program)
    second = run_program(python, program)
    if first != second:
        raise ValueError("output differs between two runs (not deterministic)")
    rc, out, err = first
    topic = program.parent.name
    result = {program.with_suffix(".out"): out}
    if topic == TRACEBACKS_TOPIC:
        # The chain may start with a cause that was never raised (raise ... from KeyError()).
        if rc == 0 or "Traceback (most recent call last):" not in err:
            raise ValueError("programs in tracebacks/ must end with an uncaught exception")
        # python3 prog.py names the file by its absolute path; the runner names it prog.py.
        result[program.with_suffix(".err")] = re.sub(
            r'File "[^"]*/' + re.escape(program.name) + '"', 'File "%s"' % program.name, err)
        module_rc, module_out, module_err = run_program(python, program, MODULE_DRIVER)
        if module_out != out or module_rc != rc:
            raise ValueError("the %%python-like run printed something else on stdout")
        result[program.with_suffix(".err_module")] = module_err
    elif topic == UNCAUGHT_TOPIC:
        if rc == 0 or not err.startswith("Traceback"):
            raise ValueError("programs in uncaught/ must end with an uncaught exception")
        result[program.with_suffix(".err_last")] = last_line(err)
    else:
        if rc != 0:
            raise ValueError("exit status %d; stderr:\n%s" % (rc, err))
        if "Warning:" in err:
            raise ValueError("warning on stderr:\n%s" % err)
        if err:
            result[program.with_suffix(".err")] = err
    return result


def programs_under(root, only):
    for program in sorted(root.glob("*/*.py")):
        if program.parent.name == UNSUPPORTED_TOPIC:
            continue
        if only and only not in str(program.relative_to(root)):
            continue
        yield program


GENERATED_SUFFIXES = (".out", ".err", ".err_last", ".err_module")


def generated_files(root):
    for suffix in GENERATED_SUFFIXES:
        yield from root.glob("*/*" + suffix)


def check_unsupported(root):
    problems = []
    for program in sorted((root / UNSUPPORTED_TOPIC).glob("*.py")):
        expected = program.with_suffix(".expected")
        if not expected.exists():
            problems.append("%s: missing %s" % (program.name, expected.name))
            continue
        text = expected.read_text(encoding="utf-8")
        if not text.startswith("NotImplementedError: `") or \
                "is not part of gilsim's Python (line " not in text and \
                "are not part of gilsim's Python (line " not in text:
            problems.append("%s: .expected does not follow the agreed wording" % program.name)
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the files on disk, write nothing")
    parser.add_argument("--python", default="python3")
    parser.add_argument("--only", default="")
    parser.add_argument("--root", default=str(DEFAULT_ROOT))
    args = parser.parse_args()

    root = pathlib.Path(args.root)
    version = python_version(args.python)
    if version[:2] != REQUIRED_VERSION:
        print("%s is Python %s, not 3.11: refcounts and set orders would not be CPython 3.11's; "
              "no expectations written" % (args.python, ".".join(map(str, version))),
              file=sys.stderr)
        return 2

    failures = check_unsupported(root)
    count = 0
    expected_now = set()
    for program in programs_under(root, args.only):
        count += 1
        name = program.relative_to(root)
        try:
            files = expectations(program, args.python)
        except (ValueError, subprocess.TimeoutExpired) as problem:
            failures.append("%s: %s" % (name, problem))
            continue
        expected_now.update(files)
        for path, text in files.items():
            if args.check:
                on_disk = path.read_text(encoding="utf-8") if path.exists() else None
                if on_disk != text:
                    failures.append("%s: %s differs from CPython's output" % (name, path.name))
            else:
                path.write_text(text, encoding="utf-8")

    if not args.only:
        # Files left by renamed or deleted programs, or an .err that the program no longer writes.
        for stale in sorted(set(generated_files(root)) - expected_now):
            if args.check:
                failures.append("%s: stale file (no program writes it)" % stale.relative_to(root))
            else:
                stale.unlink()
                print("removed stale " + str(stale.relative_to(root)))

    for failure in failures:
        print("FAIL " + failure, file=sys.stderr)
    verb = "checked" if args.check else "wrote expectations for"
    print("%s %d programs with Python %s; %d problem(s)"
          % (verb, count, ".".join(map(str, version)), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
