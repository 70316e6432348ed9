"""End-to-end test set-up: a kernelspec installed by install/install.sh into a temporary prefix,
and a Jupyter environment that sees only that prefix.

install/test.sh installs the kernelspec and passes its prefix in GILSIM_TEST_PREFIX. Run alone
(``pytest src/test/python`` with jupyter_client on PATH), this file installs it itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Kernel  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
INSTALL = REPO / "install" / "install.sh"


@pytest.fixture(scope="session")
def kernel_prefix(tmp_path_factory) -> Path:
    prefix = os.environ.get("GILSIM_TEST_PREFIX")
    if prefix:
        return Path(prefix)
    prefix = tmp_path_factory.mktemp("prefix")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    subprocess.run([str(INSTALL), "--prefix", str(prefix)], check=True, env=env)
    return prefix


@pytest.fixture(scope="session", autouse=True)
def jupyter_environment(kernel_prefix, tmp_path_factory):
    """Jupyter finds kernelspecs on JUPYTER_PATH first; config, data and runtime directories
    are temporary, so that nothing of the user's own Jupyter set-up takes part."""
    home = tmp_path_factory.mktemp("jupyter")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(kernel_prefix / "share" / "jupyter"))
        patch.setenv("JUPYTER_CONFIG_DIR", str(home / "config"))
        patch.setenv("JUPYTER_DATA_DIR", str(home / "data"))
        patch.setenv("JUPYTER_RUNTIME_DIR", str(home / "runtime"))
        patch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
        patch.delenv("GILSIM_LOG", raising=False)
        yield


@pytest.fixture
def spec_dir(kernel_prefix) -> Path:
    return kernel_prefix / "share" / "jupyter" / "kernels" / "gilsim"


@pytest.fixture
def kernel(spec_dir):
    """A fresh kernel for each test: settings from one test never leak into the next."""
    started = Kernel.start()
    assert Path(started.manager.kernel_spec.resource_dir) == spec_dir, "not the kernelspec under test"
    yield started
    started.close()
