from slack_bolt.async_app import AsyncApp

from bot.app import app

async_app = AsyncApp()


@app.event("app_mention")
def mentioned(event, say):  # entry: slack-listener
    say("hi")


@app.command("/incident")
def open_incident(ack, command):  # entry: slack-listener
    ack()


@app.action("approve")
def approve(ack, body):  # entry: slack-listener
    ack()


@app.view("report")
def report_submitted(ack, view):  # entry: slack-listener
    ack()


@app.middleware
def log_request(logger, body, next):  # entry: slack-middleware
    return next()


def audit(body, next):  # entry: slack-middleware
    return next()


app.use(audit)


@async_app.shortcut("open_modal")
async def open_modal(ack, shortcut):  # entry: slack-listener
    await ack()


def helper(text):
    return text.strip()


def list_signals(ack, command):  # entry: slack-listener
    ack()


def configure(name):
    # A decorator applied by hand: app.command(name) returns the
    # decorator, which registers what it is given.
    app.command(name, middleware=[audit])(list_signals)


# A lazy listener (for Lambda, which must acknowledge in three seconds):
# the decorator is called by hand with the acknowledgement and the
# functions run after it.
def respond_within_3_seconds(ack):  # entry: slack-listener
    ack()


def answer_question(body, client):  # entry: slack-listener
    client.chat_postMessage(channel=body["channel"], text="...")


def log_question(body):  # entry: slack-listener
    return body


app.event("message")(ack=respond_within_3_seconds, lazy=[answer_question, log_question])
