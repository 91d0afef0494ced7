from .levels import cap_levels


def main():
    cap_levels(20)


if __name__ == "__main__":
    main()
