# A default annotated with a read-only container type: a type checker
# keeps the function from changing it.
from collections.abc import Sequence
from typing import Any, Mapping


class Client:
    def __init__(
        self,
        settings: Mapping[str, Any] = {},  # want-strict: CT104
        hosts: Sequence[str] = [],  # want-strict: CT104
        extra: dict = {},  # want: CT104
    ):
        self.settings = settings
        self.hosts = hosts
        self.extra = extra
