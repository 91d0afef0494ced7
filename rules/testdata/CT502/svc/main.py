# A script's one loop for the whole process: not a loop per call.
import asyncio

from .db import load_rates


def main():
    asyncio.run(load_rates())


if __name__ == "__main__":
    main()
