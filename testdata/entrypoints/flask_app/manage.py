import argparse

from webapp import create_app


def helper(args):
    return args


def main():  # startup: main, cli-main
    parser = argparse.ArgumentParser()
    args = parser.parse_args()
    helper(args)
    create_app().run()


if __name__ == "__main__":
    main()
