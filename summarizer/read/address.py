"""Which addresses a redirect may lead to: the address policy of a URL fetch.

The URL given is fetched wherever it points, loopback and private addresses included: the user
asked for it. A redirect is the server's choice, not the user's, so its target's host is resolved
before anything is sent there and *every* address it has must be public (not private, loopback,
link-local, unspecified, shared, reserved, multicast or documentation, also when embedded in IPv6
as mapped, 6to4 or NAT64) -- unless the address is one the origin (the host of the URL given) was
reached at; any loopback address counts as the origin's when the origin is on loopback. That trust
ends once a redirect leaves the origin's addresses: ``public -> private`` and ``loopback -> public
-> loopback`` are refused, ``loopback -> loopback`` and ``10.0.0.5 -> 10.0.0.5`` are followed.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable

__all__ = ["is_public_address", "is_trusted", "next_trusted", "redirect_refusal", "resolve"]

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def resolve(host: str, port: int | None = None) -> list[str]:
    """The addresses ``host`` resolves to, without duplicates; empty if it does not resolve."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """``text`` as an IP address (an IPv4-mapped IPv6 one as IPv4); None if it is not one."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_public_address(text: str) -> bool:
    """Whether ``text`` is a globally reachable unicast address (with any IPv4 address it embeds)."""
    address = _address(text)
    if address is None:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None and not is_public_address(str(embedded)):
            return False
    return address.is_global and not (
        address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
        or address.is_reserved or address.is_unspecified
    )


def is_trusted(text: str, trusted: Iterable[str]) -> bool:
    """Whether ``text`` is one of ``trusted``, any loopback address counting when one of them is loopback."""
    address = _address(text)
    if address is None:
        return False
    known = [a for a in map(_address, trusted) if a is not None]
    return address in known or (address.is_loopback and any(a.is_loopback for a in known))


def redirect_refusal(addresses: Iterable[str], trusted: Iterable[str]) -> str | None:
    """The first of ``addresses`` a redirect may not lead to; None if it may lead to all of them.

    A public address is always allowed. Any other only if :func:`is_trusted`: one of
    ``trusted``, the addresses the origin was reached at (empty once the redirect chain has
    left them, see :func:`next_trusted`). The caller refuses a host with no address at all.
    """
    trusted = list(trusted)
    for text in addresses:
        if not (is_public_address(text) or is_trusted(text, trusted)):
            return text
    return None


def next_trusted(addresses: Iterable[str], trusted: Iterable[str]) -> list[str]:
    """What is trusted after a redirect to ``addresses``: ``trusted`` if they all are, else nothing."""
    trusted = list(trusted)
    return trusted if all(is_trusted(text, trusted) for text in addresses) else []
