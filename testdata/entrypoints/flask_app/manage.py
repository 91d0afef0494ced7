import argparse

from webapp import create_app


def helper(args):
    return args


def main():  # startup: main, cli-main
    parser = argparse.ArgumentParser()
    args = parser.parse_args()
    helper(args)  # calls: manage.helper
    create_app().run()  # calls: webapp.create_app, flask.Flask.run


if __name__ == "__main__":
    main()
