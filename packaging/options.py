"""PyInstaller options shared by deck.spec and the bundle benchmark's bare baseline."""

EXCLUDES = [
    # qasync names every Qt binding; PyInstaller refuses to bundle two.
    "PyQt5", "PyQt6", "PySide2",
    # keyring's own Secret Service backend needs `cryptography` (14 MB); Deck has its own.
    "secretstorage", "cryptography",
    # Optional extras of our dependencies (httpx's CLI, pydantic's hypothesis plugin,
    # anyio's trio backend) and development tools that may sit in the same environment.
    "tkinter", "numpy", "yaml", "hypothesis", "rich", "click", "pygments", "trio", "outcome",
    "setuptools", "pkg_resources", "distutils", "jinja2", "markupsafe", "pyparsing",
    "pytest", "pytestqt", "PyInstaller", "importlinter", "IPython",
    # the type checker the test suite runs (pydantic's mypy plugin would pull it in)
    "mypy", "mypy_extensions", "ast_serialize", "pydantic.mypy",
]
