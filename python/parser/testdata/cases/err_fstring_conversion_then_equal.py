f"{x!r="
