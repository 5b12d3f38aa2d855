"""The who-met-whom graph: entities as nodes, meetings as edges weighted by count, laid out and drawn as SVG.

The layout is computed here, once, deterministically (a force-directed layout from positions on a
circle), so the page needs no script to draw it and the same store always gives the same picture.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from summarizer.render.collection_data import Event, Person
from summarizer.render.page import esc
from summarizer.store.collection import timeline_kinds

__all__ = ["MAX_NODES", "Edge", "Graph", "graph_svg", "meeting_graph"]

MAX_NODES = 150  # the most connected, when there are more: the layout is quadratic in the nodes
_W, _H, _PAD = 900.0, 560.0, 16.0
_LABEL = 120.0  # room right of a group for its names
_KIND_CLASS = {"person": "person", "country": "country", "organisation": "org"}


@dataclass(frozen=True)
class Edge:
    """Two entities that met, in ``len(events)`` meetings (indexes into the collection's events)."""

    a: int
    b: int
    events: tuple[int, ...]


@dataclass(frozen=True)
class Graph:
    """Nodes (entity ids), edges, and how many nodes were left out for :data:`MAX_NODES`."""

    nodes: list[int]
    edges: list[Edge]
    left_out: int


def meeting_graph(events: list[Event]) -> Graph:
    """Every pair of participants of each meeting is an edge; an edge's weight is its number of meetings. The
    meetings are the events of the kinds that declare they draw the graph (:attr:`KindTable.graph`)."""
    drawn = {own.evidence for _, own in timeline_kinds() if own.graph}
    pairs: dict[tuple[int, int], list[int]] = {}
    members: set[int] = set()
    for n, event in enumerate(events):
        if event.kind not in drawn:
            continue
        people = sorted(set(event.people))
        members.update(people)
        for a, b in combinations(people, 2):
            pairs.setdefault((a, b), []).append(n)
    degree: Counter[int] = Counter()
    for (a, b), found in pairs.items():
        degree[a] += len(found)
        degree[b] += len(found)
    ranked = sorted(members, key=lambda p: (-degree[p], p))
    kept = set(ranked[:MAX_NODES])
    edges = [Edge(a, b, tuple(found)) for (a, b), found in sorted(pairs.items()) if a in kept and b in kept]
    return Graph(sorted(kept), edges, len(members) - len(kept))


def _components(graph: Graph) -> list[list[int]]:
    """The connected groups of nodes, largest first."""
    parent = {p: p for p in graph.nodes}

    def root(p: int) -> int:
        while parent[p] != p:
            parent[p] = parent[parent[p]]
            p = parent[p]
        return p

    for e in graph.edges:
        parent[root(e.a)] = root(e.b)
    groups: dict[int, list[int]] = {}
    for p in graph.nodes:
        groups.setdefault(root(p), []).append(p)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _forces(nodes: list[int], edges: list[Edge], rounds: int = 150) -> dict[int, list[float]]:
    """Fruchterman-Reingold for one connected group, in a box of side about 2, from points on a circle."""
    n = len(nodes)
    k = 2.0 / math.sqrt(n)
    pos = {p: [math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i, p in enumerate(nodes)}
    temperature = 0.3
    for _ in range(rounds):
        move = {p: [-0.05 * x, -0.05 * y] for p, (x, y) in pos.items()}
        for a, b in combinations(nodes, 2):
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 1e-3)
            push = k * k / dist / dist
            move[a][0] += dx * push
            move[a][1] += dy * push
            move[b][0] -= dx * push
            move[b][1] -= dy * push
        for e in edges:
            dx, dy = pos[e.a][0] - pos[e.b][0], pos[e.a][1] - pos[e.b][1]
            pull = math.hypot(dx, dy) / k
            move[e.a][0] -= dx * pull
            move[e.a][1] -= dy * pull
            move[e.b][0] += dx * pull
            move[e.b][1] += dy * pull
        for p, (mx, my) in move.items():
            size = max(math.hypot(mx, my), 1e-9)
            pos[p][0] += mx / size * min(size, temperature)
            pos[p][1] += my / size * min(size, temperature)
        temperature = max(temperature * 0.97, 0.005)
    return pos


def _layout(graph: Graph) -> dict[int, tuple[float, float]]:
    """Each connected group laid out on its own, then the groups packed in rows, largest first."""
    groups = _components(graph)
    sides = [math.sqrt(len(g)) for g in groups]
    unit = math.sqrt(1.0 * (_W - 2 * _PAD) * (_H - 2 * _PAD) / max(sum(s * s for s in sides), 1.0))
    out: dict[int, tuple[float, float]] = {}
    while True:
        x, y, row, out = _PAD, _PAD, 0.0, {}
        for group, side in zip(groups, sides, strict=True):
            box = side * unit
            if x + box + _LABEL > _W and x > _PAD:
                x, y, row = _PAD, y + row, 0.0
            members = set(group)
            out.update(_place(_forces(group, [e for e in graph.edges if e.a in members]), x, y, box))
            x, row = x + box + _LABEL, max(row, box + 24)
        if y + row <= _H or unit < 8:
            return out
        unit *= 0.9


def _place(pos: dict[int, list[float]], x0: float, y0: float, box: float) -> dict[int, tuple[float, float]]:
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-6)
    scale = box / span if len(pos) > 1 else 0.0
    return {p: (round(x0 + (x - min(xs)) * scale + 8, 1), round(y0 + (y - min(ys)) * scale + 8, 1))
            for p, (x, y) in pos.items()}


def graph_svg(graph: Graph, people: dict[int, Person]) -> str:
    """The graph as an inline SVG: ``.edge`` lines (width by meetings), ``.node`` groups with a name label."""
    at = _layout(graph)
    degree: Counter[int] = Counter()
    parts = []
    for e in graph.edges:
        degree[e.a] += len(e.events)
        degree[e.b] += len(e.events)
        (x1, y1), (x2, y2) = at[e.a], at[e.b]
        who = f"{people[e.a].name} and {people[e.b].name}: {len(e.events)} meeting(s)"
        parts.append(f'<line class="edge" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" data-a="{e.a}" data-b="{e.b}" '
                     f'data-ev="{" ".join(f"e{n}" for n in e.events)}" stroke-width="{1 + 1.5 * min(len(e.events), 6)}">'
                     f"<title>{esc(who)}</title></line>")
    for p in graph.nodes:
        person, (x, y) = people[p], at[p]
        radius = round(5 + 2.2 * math.sqrt(degree[p]), 1)
        kind = _KIND_CLASS.get(person.kind, "other")
        tip = f"{person.name}" + (f" ({person.role})" if person.role else "") + f": {degree[p]} meeting link(s)"
        parts.append(f'<g class="node k-{kind}" data-node="{p}" tabindex="0"><circle cx="{x}" cy="{y}" r="{radius}">'
                     f'<title>{esc(tip)}</title></circle><text x="{x + radius + 3}" y="{y + 4}">{esc(person.name)}'
                     "</text></g>")
    return (f'<svg class="graph" viewBox="0 0 {int(_W)} {int(_H)}" role="img" aria-label="who met whom">'
            + "".join(parts) + "</svg>")
