import click
import typer

app = typer.Typer()


@click.group()
def cli():  # startup: cli-command, main
    pass


@cli.command()
def sync():  # startup: cli-command
    pass


@app.command()
def serve(port: int = 8000):  # startup: cli-command
    pass


def util():
    return None


if __name__ == "__main__":
    cli()
