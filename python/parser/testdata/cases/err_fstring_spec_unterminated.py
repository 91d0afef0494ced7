f"{x!r:"
