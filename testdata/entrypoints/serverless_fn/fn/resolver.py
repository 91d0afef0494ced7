# Powertools' event handler: the Lambda handler hands each event to the
# resolver, which runs the route the event names; a Router's routes run
# once the app takes it in.
from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.event_handler.api_gateway import Router

app = APIGatewayRestResolver()
router = Router()


@app.get("/orders/<order_id>")
def get_order(order_id):  # entry: powertools-route
    return {"id": order_id}


@router.post("/refunds")
def refund():  # entry: powertools-route
    return {}


app.include_router(router)


def lambda_handler(event, context):  # entry: serverless-handler
    return app.resolve(event, context)
