"""What a batch costs: a price table per model, in US dollars per million tokens, that the user can override.

The built-in table holds OpenAI's list prices for standard (not Batch API) requests as published in
2025; prices change, so ``--prices FILE`` replaces or adds entries: a JSON object mapping a model id
(``openai:gpt-4o-mini``) or a bare model name to ``{"input": USD, "output": USD}`` per million
prompt and completion tokens. The embedded local model costs nothing. A model without a price has
no cost estimate (None), never a guessed one. Token counts include replies replayed from the cache,
so the estimate is what the articles cost when asked fresh.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ConfigError
from summarizer.schemas import Usage

__all__ = ["DEFAULT_PRICES", "Price", "PriceTable", "load_prices"]


@dataclass(frozen=True)
class Price:
    """US dollars per million prompt (input) and completion (output) tokens."""

    input: float
    output: float

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        """The cost of these tokens, in US dollars."""
        return (prompt_tokens * self.input + completion_tokens * self.output) / 1_000_000


DEFAULT_PRICES: dict[str, Price] = {
    "openai:gpt-4o-mini": Price(0.15, 0.60),
    "openai:gpt-4o": Price(2.50, 10.00),
    "openai:gpt-4.1": Price(2.00, 8.00),
    "openai:gpt-4.1-mini": Price(0.40, 1.60),
    "openai:gpt-4.1-nano": Price(0.10, 0.40),
}


@dataclass(frozen=True)
class PriceTable:
    """Prices by model id; :meth:`price` finds one for a model or says there is none."""

    prices: dict[str, Price]
    origin: str = "built-in prices"

    def price(self, model_id: str) -> Price | None:
        """The price of ``model_id`` (``local:...`` is free), looked up by id, then by bare name."""
        if model_id.startswith("local"):
            return Price(0.0, 0.0)
        return self.prices.get(model_id) or self.prices.get(model_id.split(":", 1)[-1])

    def cost(self, model_id: str, usage: Usage) -> float | None:
        """The cost of ``usage`` with ``model_id`` in US dollars, or None when the model has no price."""
        price = self.price(model_id)
        return None if price is None else round(price.cost(usage.prompt_tokens, usage.completion_tokens), 8)


def _price(name: str, value: object, path: Path) -> Price:
    if not isinstance(value, dict) or set(value) - {"input", "output"} or not value:
        raise ConfigError(f"--prices {path}: {name!r} must be {{\"input\": USD, \"output\": USD}} per million tokens")
    numbers = [value.get("input", 0), value.get("output", 0)]
    if not all(isinstance(n, int | float) and not isinstance(n, bool) and math.isfinite(n) and n >= 0 for n in numbers):
        raise ConfigError(f"--prices {path}: prices of {name!r} must be numbers >= 0")
    return Price(float(numbers[0]), float(numbers[1]))


def load_prices(path: str | Path | None = None) -> PriceTable:
    """The built-in table, with the entries of the JSON file at ``path`` replacing or added to it."""
    if path is None:
        return PriceTable(dict(DEFAULT_PRICES))
    target = Path(path)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"--prices {target}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise ConfigError(f"--prices {target} is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"--prices {target} must hold a JSON object of model -> prices")
    prices = dict(DEFAULT_PRICES)
    prices.update({str(name): _price(str(name), value, target) for name, value in data.items()})
    return PriceTable(prices, origin=f"prices from {target}")
