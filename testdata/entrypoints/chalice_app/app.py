# An AWS Chalice app: API Gateway calls each route per request, and
# events (a schedule, an SQS message) call their functions; a blueprint
# the app takes in registers its own.
from chalice import Chalice, Rate

from chalicelib.admin import admin

app = Chalice(app_name="watch")
app.register_blueprint(admin, url_prefix="/admin")


@app.route("/accounts/{account_id}")
def account(account_id):  # entry: chalice-route
    return {"id": account_id}


@app.schedule(Rate(5, unit=Rate.MINUTES))
def refresh(event):  # entry: chalice-event
    return event


@app.on_sqs_message(queue="audits", batch_size=1)
def evaluate(event):  # entry: chalice-event
    for record in event:
        return record.body


@app.lambda_function()
def custom(event, context):  # entry: chalice-event, serverless-handler
    return event


def helper(account_id):
    return account_id
