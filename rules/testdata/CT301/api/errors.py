# Sentry's init builds a client, with its transport's thread and
# connections, and binds it to the process: once, at start-up.
import os

import sentry_sdk
from fastapi import FastAPI

app = FastAPI()


@app.get("/report")
def report(message: str):
    sentry_sdk.init(os.environ["SENTRY_DSN"])  # want: CT301
    return sentry_sdk.capture_message(message)
