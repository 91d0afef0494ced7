# Handlers that name their parameters their own way: the platform passes
# them by position. An unused one's leading underscore, more words after
# the event's name, and a context left unnamed in a def named a handler.
from typing import Any


def lambda_handler(event, _):  # startup: main; entry: serverless-handler
    return event


def forward_lambda_handler(event, _):  # entry: serverless-handler
    return event


def handler(event_data: dict[str, Any], _context) -> dict[str, Any]:  # entry: serverless-handler
    return event_data


def get_status_handler(_event, _context):  # entry: serverless-handler
    return {"statusCode": 200}


def signal_handler(signum, _):
    return signum


def on_event(event, _):
    return event


def eventually(eventual, context):
    return eventual


if __name__ == "__main__":
    lambda_handler({"local": True}, None)
