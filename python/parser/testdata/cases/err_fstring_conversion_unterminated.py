f"{x!x"
