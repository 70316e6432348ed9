"""The installed kernelspec: what Jupyter reads before it starts the kernel."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def jupyter(*args: str, **options) -> subprocess.CompletedProcess:
    executable = Path(sys.executable).parent / "jupyter"
    return subprocess.run([str(executable), *args], capture_output=True, text=True, timeout=60, **options)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_jupyter_kernelspec_list_shows_gilsim(spec_dir):
    listed = jupyter("kernelspec", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    specs = json.loads(listed.stdout)["kernelspecs"]
    assert "gilsim" in specs
    assert Path(specs["gilsim"]["resource_dir"]) == spec_dir
    assert specs["gilsim"]["spec"]["display_name"] == "GIL Simulator"

    plain = jupyter("kernelspec", "list")
    assert any(line.split()[:1] == ["gilsim"] for line in plain.stdout.splitlines()), plain.stdout


def test_kernel_json_declares_the_contract(spec_dir):
    spec = json.loads((spec_dir / "kernel.json").read_text(encoding="utf-8"))
    assert spec["display_name"] == "GIL Simulator"
    assert spec["language"] == "gilsim", "claiming 'python' makes tools send real Python to it"
    assert spec["interrupt_mode"] == "message"
    assert spec["metadata"]["supported_encryption"] == "curve"
    argv = spec["argv"]
    assert argv[-4:] == ["-jar", "{resource_dir}/gilsim.jar", "kernel", "{connection_file}"]


def test_kernel_json_names_an_absolute_java_of_version_17_or_newer(spec_dir):
    java = json.loads((spec_dir / "kernel.json").read_text(encoding="utf-8"))["argv"][0]
    assert os.path.isabs(java), "hubs may start kernels without java on PATH"
    assert os.access(java, os.X_OK)
    shown = subprocess.run([java, "-XshowSettings:properties", "-version"], capture_output=True, text=True)
    version = next(line.split("=")[1].strip() for line in shown.stderr.splitlines()
                   if "java.specification.version" in line)
    assert int(version.split(".")[0]) >= 17


def test_installed_kernel_does_not_depend_on_the_source_tree(spec_dir):
    spec_text = (spec_dir / "kernel.json").read_text(encoding="utf-8")
    assert str(REPO) not in spec_text
    assert (spec_dir / "gilsim.jar").is_file()
    for option in json.loads(spec_text)["argv"][1:]:
        if option.startswith("-XX:SharedArchiveFile="):
            assert option == "-XX:SharedArchiveFile={resource_dir}/gilsim.jsa"
            assert (spec_dir / "gilsim.jsa").is_file()


def test_logos_are_installed_at_their_sizes(spec_dir):
    assert png_size(spec_dir / "logo-32x32.png") == (32, 32)
    assert png_size(spec_dir / "logo-64x64.png") == (64, 64)
    assert (spec_dir / "logo-svg.svg").read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_jvm_options_in_kernel_json_start_the_jar(spec_dir):
    """The options install.sh chose are ones this JVM accepts (a typo would stop every start)."""
    argv = json.loads((spec_dir / "kernel.json").read_text(encoding="utf-8"))["argv"]
    command = [arg.replace("{resource_dir}", str(spec_dir)) for arg in argv[:-2]] + ["--version"]
    shown = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip(), "--version printed nothing"
