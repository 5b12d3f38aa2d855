"""Prompt templates: versioned TOML files in ``prompts/``, validated on load, rendered by name.

Each file has ``name``, ``version``, ``variables`` and one or more message templates
(``system`` and/or ``user``) with ``{placeholders}``. Loading checks that every
placeholder is declared and every declared variable is used; rendering requires
exactly the declared variables.
"""

from __future__ import annotations

import importlib.util
import string
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from summarizer.errors import PromptError

__all__ = ["PromptTemplate", "load_prompt", "prompts_dir"]

_ROLES = ("system", "user")


# ``prompts/`` at the repository root ships inside the package as ``summarizer._prompts``
# (package-dir in pyproject.toml), so wheel, sdist and pipx installs carry it.
_PACKAGE = "summarizer._prompts"


def prompts_dir() -> Path:
    """The folder holding the templates: ``prompts/`` at the repository root, as installed.

    An installed wheel holds them as the data package ``summarizer._prompts``; a source checkout
    or an editable install reads ``prompts/`` next to the package, so edits there show at once.
    """
    spec = importlib.util.find_spec(_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    here = Path(__file__).resolve().parent
    for candidate in [Path(loc) for loc in locations] + [here.parent.parent / "prompts"]:
        if (candidate / "system.toml").is_file():
            return candidate
    raise PromptError(f"prompt folder not found: no {_PACKAGE} package and no prompts/ next to {here}")


@dataclass(frozen=True)
class PromptTemplate:
    """One validated template."""

    name: str
    version: str
    variables: tuple[str, ...]
    messages: dict[str, str]

    def render(self, role: str, **values: str) -> str:
        """Render the message for ``role`` with exactly the declared variables it uses."""
        template = self.messages.get(role)
        if template is None:
            raise PromptError(f"prompt {self.name} has no {role} message")
        needed = _placeholders(template)
        missing = needed - values.keys()
        if missing:
            raise PromptError(f"prompt {self.name}: missing value(s) for {', '.join(sorted(missing))}")
        return template.format_map({k: values[k] for k in needed})


def _placeholders(template: str) -> set[str]:
    names: set[str] = set()
    for _, field, _, _ in string.Formatter().parse(template):
        if field is not None:
            if not field.isidentifier():
                raise PromptError(f"bad placeholder {{{field}}}")
            names.add(field)
    return names


@cache
def load_prompt(name: str, directory: Path | None = None) -> PromptTemplate:
    """Load and validate ``prompts/<name>.toml``."""
    path = (directory or prompts_dir()) / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PromptError(f"prompt template not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PromptError(f"prompt template {path} is not valid TOML: {exc}") from exc
    version = data.get("version")
    if data.get("name") != name or not isinstance(version, str) or not version:
        raise PromptError(f"prompt template {path} needs name = {name!r} and a version string")
    variables = data.get("variables", [])
    if not isinstance(variables, list) or not all(isinstance(v, str) for v in variables):
        raise PromptError(f"prompt template {path}: variables must be a list of names")
    messages = {role: data[role] for role in _ROLES if isinstance(data.get(role), str)}
    if not messages:
        raise PromptError(f"prompt template {path} has no system or user message")
    used: set[str] = set()
    for text in messages.values():
        used |= _placeholders(text)
    if used != set(variables):
        raise PromptError(
            f"prompt template {path}: placeholders {sorted(used)} do not match variables {sorted(variables)}"
        )
    return PromptTemplate(name, version, tuple(variables), messages)
