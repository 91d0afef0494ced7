f"{x not in}"
