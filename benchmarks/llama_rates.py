"""Raw llama.cpp rates on this machine: prompt and generation tokens a second; prints figures, asserts nothing.

    python benchmarks/llama_rates.py                              # this environment's llama-cpp-python
    /other/venv/bin/python benchmarks/llama_rates.py --runs 5      # another build of it, side by side

A fixed workload, independent of this project's code: the default model, a ~700-token prompt
evaluated from an empty context, then 64 tokens generated greedily. Each run reports prompt
tokens/s (evaluation of the prompt in batches) and generation tokens/s (one token per decode);
the median of ``--runs`` is printed with which llama.cpp CPU backend was loaded. This is what
`benchmarks/speed.py` divides by to compare machines, and how two builds of llama-cpp-python
(the generic x86-64 one and one with every CPU variant, ``GGML_CPU_ALL_VARIANTS``) are compared.

It imports only llama-cpp-python, so it runs in any environment that has it. A build made with
``GGML_BACKEND_DL`` carries its CPU backends as separate libraries (``libggml-cpu-*.so``, installed
into ``site-packages/bin``) that llama-cpp-python 0.3.36 does not load itself: they are loaded here first,
ggml choosing the variant, or the one ``GGML_CPU_VARIANT`` names (``zen4``, ``icelake``...; see
docs/performance.md for why the choice matters). Run it with nothing else running: two cores, and llama.cpp slows several times when it shares one.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import statistics
import sys
import time
from pathlib import Path

MODEL = Path.home() / ".cache" / "summarizer" / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
PROMPT = (
    "Read the news article below and list every trip, meeting and quotation it reports, with who, where "
    "and when, in the words of the article. "
) + " ".join(
    f"Paragraph {i}: The foreign minister travelled to the capital on Tuesday for talks with her counterpart "
    "about trade, security and the border, and told reporters that both sides wanted an agreement soon."
    for i in range(20)
)


def load_backends() -> str:
    """Load the CPU backend libraries of a GGML_BACKEND_DL build (none to load in a generic one);
    the name of the CPU backend library loaded, or 'built in'."""
    import llama_cpp

    lib = Path(llama_cpp.__file__).parent / "lib"
    ggml = ctypes.CDLL(str(lib / "libggml.so.0"), mode=ctypes.RTLD_GLOBAL) if (lib / "libggml.so.0").exists() else None
    if ggml is None:
        return "built in"
    ggml.ggml_backend_reg_count.restype = ctypes.c_size_t
    if ggml.ggml_backend_reg_count() > 0:
        return "built in"
    site = lib.parent.parent
    chosen = os.environ.get("GGML_CPU_VARIANT")  # e.g. "icelake": that variant, not the one ggml scores best
    for folder in (site / "bin", lib):
        if chosen and (folder / f"libggml-cpu-{chosen}.so").exists():
            ggml.ggml_backend_load.argtypes = [ctypes.c_char_p]
            ggml.ggml_backend_load.restype = ctypes.c_void_p
            ggml.ggml_backend_register.argtypes = [ctypes.c_void_p]
            ggml.ggml_backend_register(ggml.ggml_backend_load(str(folder / f"libggml-cpu-{chosen}.so").encode()))
            return f"libggml-cpu-{chosen}.so"
        if any(folder.glob("libggml-cpu-*.so")):
            ggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
            ggml.ggml_backend_load_all_from_path(str(folder).encode())
            return "loaded from " + str(folder)
    return "none found"


def one_run(llm: object, tokens: list[int], gen: int) -> tuple[float, float]:
    llm.reset()  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    llm.eval(tokens)  # type: ignore[attr-defined]
    t1 = time.perf_counter()
    made = 0
    for _tok in llm.generate([], temp=0.0, reset=False):  # type: ignore[attr-defined]
        made += 1
        if made >= gen:
            break
    t2 = time.perf_counter()
    return len(tokens) / (t1 - t0), made / (t2 - t1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=MODEL)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--generate", type=int, default=64)
    args = ap.parse_args()
    backend = load_backends()
    import llama_cpp

    llm = llama_cpp.Llama(model_path=str(args.model), n_ctx=2048, n_batch=512, n_threads=args.threads,
                          n_threads_batch=args.threads, verbose=False)
    tokens = llm.tokenize(PROMPT.encode())
    one_run(llm, tokens[:32], 4)  # warm up
    rates = [one_run(llm, tokens, args.generate) for _ in range(args.runs)]
    out = {
        "python": sys.executable,
        "llama_cpp": llama_cpp.__version__,
        "cpu_backend": backend,
        "threads": args.threads,
        "prompt_tokens": len(tokens),
        "generated_tokens": args.generate,
        "prompt_tok_s": round(statistics.median(r[0] for r in rates), 1),
        "generate_tok_s": round(statistics.median(r[1] for r in rates), 1),
        "runs": args.runs,
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
