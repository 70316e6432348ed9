"""install/install.sh as scripts, containers and hub images use it: no questions, safe to
re-run, and a clear message when something it needs is missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import INSTALL


def install(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ)
    environment.update(env)
    return subprocess.run([str(INSTALL), *args], capture_output=True, text=True, timeout=600,
                          env=environment, stdin=subprocess.DEVNULL)


def spec_in(prefix: Path) -> dict:
    return json.loads((prefix / "share/jupyter/kernels/gilsim/kernel.json").read_text(encoding="utf-8"))


def test_reinstalling_into_the_same_prefix_is_safe_and_gives_the_same_kernelspec(tmp_path):
    first = install("--prefix", str(tmp_path))
    assert first.returncode == 0, first.stderr
    spec = spec_in(tmp_path)
    (tmp_path / "share/jupyter/kernels/gilsim/stale-file").write_text("left from before")

    second = install("--prefix", str(tmp_path))
    assert second.returncode == 0, second.stderr
    assert spec_in(tmp_path) == spec
    assert not (tmp_path / "share/jupyter/kernels/gilsim/stale-file").exists()


def test_user_install_goes_to_the_user_data_dir(tmp_path):
    data_dir = tmp_path / "data"
    done = install("--user", JUPYTER_DATA_DIR=str(data_dir), GILSIM_NO_CDS="1")
    assert done.returncode == 0, done.stderr
    assert (data_dir / "kernels/gilsim/kernel.json").is_file()
    assert (data_dir / "kernels/gilsim/gilsim.jar").is_file()


def test_no_cds_option_leaves_the_archive_out(tmp_path):
    done = install("--prefix", str(tmp_path), GILSIM_NO_CDS="1")
    assert done.returncode == 0, done.stderr
    assert not any(a.startswith("-XX:SharedArchiveFile") for a in spec_in(tmp_path)["argv"])
    assert not (tmp_path / "share/jupyter/kernels/gilsim/gilsim.jsa").exists()


def test_missing_jupyter_is_named_with_what_to_install(tmp_path, kernel_prefix):
    system_path = "/usr/bin:/bin"
    if shutil.which("jupyter", path=system_path):
        pytest.skip("a system-wide Jupyter is installed in /usr/bin")
    java_dir = str(Path(spec_in(kernel_prefix)["argv"][0]).parent)
    done = install("--prefix", str(tmp_path), PATH=f"{java_dir}:{system_path}", GILSIM_NO_CDS="1")
    assert done.returncode != 0
    assert "Jupyter was not found on PATH" in done.stderr
    assert "pip install jupyterlab" in done.stderr


def test_missing_java_is_named_with_what_to_install(tmp_path):
    bin_without_java = tmp_path / "bin"
    bin_without_java.mkdir()
    for tool in ("bash", "env", "dirname", "readlink", "sed", "mkdir", "mktemp", "rm", "cat", "find"):
        (bin_without_java / tool).symlink_to(shutil.which(tool))
    environment = {k: v for k, v in os.environ.items() if k not in ("JAVA_HOME", "GILSIM_JAVA")}
    environment["PATH"] = str(bin_without_java)
    done = subprocess.run([str(INSTALL), "--prefix", str(tmp_path / "prefix")], capture_output=True,
                          text=True, timeout=60, env=environment, stdin=subprocess.DEVNULL)
    assert done.returncode != 0
    assert "Java 17 or newer is needed, and 'java' is not on PATH" in done.stderr
    assert "openjdk-17" in done.stderr


def test_a_given_java_that_does_not_exist_is_refused(tmp_path):
    done = install("--prefix", str(tmp_path), GILSIM_JAVA=str(tmp_path / "no-such-java"))
    assert done.returncode != 0
    assert "no-such-java' is not an executable java" in done.stderr


def test_too_old_java_is_refused_with_the_version_needed(tmp_path):
    fake = tmp_path / "java"
    fake.write_text('#!/bin/sh\necho "    java.specification.version = 11" >&2\n')
    fake.chmod(0o755)
    done = install("--prefix", str(tmp_path / "prefix"), GILSIM_JAVA=str(fake))
    assert done.returncode != 0
    assert "Java 11" in done.stderr and "17 or newer" in done.stderr
    assert not (tmp_path / "prefix/share/jupyter/kernels/gilsim").exists()


def test_unknown_option_is_an_error_not_a_question():
    done = install("--everywhere")
    assert done.returncode != 0
    assert "--user, --sys-prefix or --prefix" in done.stderr
