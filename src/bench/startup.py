"""Start-up time and idle memory of the gilsim kernel beside ipykernel, in the same run.

    python src/bench/startup.py [--runs 5] [--variant NAME='JVM OPTIONS' ...]

(install/bench.sh makes a virtualenv with ipykernel, installs gilsim into a temporary prefix and
runs this.) For each kernel, ``--runs`` times, interleaved so that both see the same machine:
  start      time from KernelManager.start_kernel() (process start) to the kernel_info reply
  start CPU  CPU time (user + system, all threads) the kernel process used until then: on a
             busy machine a steadier figure than the wall time
  first exec round trip of the first execute_request after that
  idle RSS   resident memory of the kernel process, idle for 2 s after that one execute
  exec       then the median round trip of 20 more executes of the cell (the latency a
             learner feels)
  complete   and of 20 completion requests
Medians over the runs are printed, min-max in brackets. ``--variant`` adds a gilsim kernel
started with other JVM options (the installed kernelspec's jar and archive; NAME=value words
without a leading '-' go to the kernel's environment): that is how the options in
install/install.sh were chosen.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

REPLY_TIMEOUT = 60.0


@dataclass
class Contender:
    label: str
    kernel_name: str
    cell: str
    completion: str
    spec_manager: KernelSpecManager
    start_s: list[float] = field(default_factory=list)
    start_cpu_s: list[float] = field(default_factory=list)
    first_exec_s: list[float] = field(default_factory=list)
    exec_s: list[float] = field(default_factory=list)
    complete_s: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    notes: set[str] = field(default_factory=set)


def resident_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def reply_to(channel, msg_id: str) -> dict:
    deadline = time.monotonic() + REPLY_TIMEOUT
    while time.monotonic() < deadline:
        try:
            msg = channel.get_msg(timeout=max(0.0, deadline - time.monotonic()))
        except Exception:
            break
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg
    raise RuntimeError(f"no reply to {msg_id} within {REPLY_TIMEOUT} s")


def timed_execute(client, code: str) -> tuple[float, dict]:
    started = time.perf_counter()
    msg_id = client.execute(code, store_history=False)
    reply = reply_to(client.shell_channel, msg_id)
    return time.perf_counter() - started, reply


def timed_complete(client, code: str) -> float:
    started = time.perf_counter()
    reply_to(client.shell_channel, client.complete(code, len(code)))
    return time.perf_counter() - started


def measure_once(contender: Contender) -> None:
    manager = KernelManager(kernel_name=contender.kernel_name, kernel_spec_manager=contender.spec_manager)
    started = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    try:
        client.start_channels(iopub=False, stdin=False, hb=False, control=False)
        reply_to(client.shell_channel, client.kernel_info())
        contender.start_s.append(time.perf_counter() - started)
        contender.start_cpu_s.append(cpu_seconds(manager.provisioner.process.pid))

        elapsed, reply = timed_execute(client, contender.cell)
        contender.first_exec_s.append(elapsed)
        if reply["content"]["status"] != "ok":
            contender.notes.add(f"the cell {contender.cell!r} answered {reply['content']['status']}")
        time.sleep(2.0)
        contender.rss_mb.append(resident_mb(manager.provisioner.process.pid))

        contender.exec_s.append(statistics.median(timed_execute(client, contender.cell)[0] for _ in range(20)))
        contender.complete_s.append(statistics.median(timed_complete(client, contender.completion) for _ in range(20)))
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


def variant_spec_manager(base: KernelSpecManager, options: str, workdir: Path) -> KernelSpecManager:
    """A kernelspec directory holding one gilsim kernel with ``options`` as its JVM options,
    using the installed kernel's jar and class-data archive."""
    installed = base.get_kernel_spec("gilsim")
    spec = json.loads((Path(installed.resource_dir) / "kernel.json").read_text(encoding="utf-8"))
    jar_at = spec["argv"].index("-jar")
    resource_dir = installed.resource_dir
    words = [word.replace("{resource_dir}", resource_dir) for word in options.split()]
    jvm_options = [word for word in words if word.startswith("-")]
    spec["env"] = dict(word.split("=", 1) for word in words if not word.startswith("-"))
    spec["argv"] = [spec["argv"][0], *jvm_options, "-jar", f"{resource_dir}/gilsim.jar",
                    *spec["argv"][jar_at + 2:]]
    kernels = workdir / f"variant-{len(list(workdir.iterdir()))}"
    (kernels / "gilsim").mkdir(parents=True)
    (kernels / "gilsim" / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    return KernelSpecManager(kernel_dirs=[str(kernels)])


def summary(values: list[float], unit: str, scale: float = 1.0, digits: int = 2) -> str:
    if not values:
        return "-"
    scaled = [v * scale for v in values]
    return (f"{statistics.median(scaled):.{digits}f} {unit} "
            f"({min(scaled):.{digits}f}-{max(scaled):.{digits}f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--gilsim-cell", default="x = 1", help="the cell gilsim executes (default: x = 1)")
    parser.add_argument("--python-cell", default="x = 1", help="the cell ipykernel executes")
    parser.add_argument("--no-ipykernel", action="store_true", help="measure gilsim only")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=OPTIONS",
                        help="also measure gilsim started with these JVM options")
    args = parser.parse_args()

    specs = KernelSpecManager()
    if "gilsim" not in specs.find_kernel_specs():
        sys.exit("startup.py: no 'gilsim' kernelspec found (install/install.sh installs one)")
    contenders = [Contender("gilsim", "gilsim", args.gilsim_cell, "%gil o", specs)]
    workdir = Path(tempfile.mkdtemp(prefix="gilsim-bench-"))
    try:
        for variant in args.variant:
            name, _, options = variant.partition("=")
            contenders.append(Contender(f"gilsim {name}", "gilsim", args.gilsim_cell, "%gil o",
                                        variant_spec_manager(specs, options, workdir)))
        if not args.no_ipykernel:
            if "python3" not in specs.find_kernel_specs():
                sys.exit("startup.py: no 'python3' (ipykernel) kernelspec found: pip install ipykernel")
            contenders.append(Contender("ipykernel", "python3", args.python_cell, "pri", specs))

        for run in range(args.runs):
            for contender in contenders:
                measure_once(contender)
            print(f"run {run + 1}/{args.runs} done", file=sys.stderr)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"\nKernel start-up and idle memory, {args.runs} runs each (median, min-max)\n")
    header = (f"{'kernel':<22} {'start':>20} {'start CPU':>20} {'first exec':>20} {'exec':>18} "
              f"{'complete':>18} {'idle RSS':>16}")
    print(header)
    print("-" * len(header))
    for c in contenders:
        print(f"{c.label:<22} {summary(c.start_s, 's'):>20} {summary(c.start_cpu_s, 's'):>20} "
              f"{summary(c.first_exec_s, 'ms', 1000, 1):>20} "
              f"{summary(c.exec_s, 'ms', 1000, 1):>18} {summary(c.complete_s, 'ms', 1000, 1):>18} "
              f"{summary(c.rss_mb, 'MB', digits=0):>16}")
    reference = next((c for c in contenders if c.label == "ipykernel"), None)
    if reference:
        for c in contenders:
            if c is not reference:
                print(f"\n{c.label}: start-up {statistics.median(c.start_s) / statistics.median(reference.start_s):.2f}x "
                      f"ipykernel's, idle RSS {statistics.median(c.rss_mb):.0f} MB "
                      f"vs {statistics.median(reference.rss_mb):.0f} MB")
    for c in contenders:
        for note in sorted(c.notes):
            print(f"note: {c.label}: {note}")
    print(f"\n{os.cpu_count()} CPUs; {sys.executable}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
