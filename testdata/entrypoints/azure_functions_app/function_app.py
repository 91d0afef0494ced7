# Azure Functions' Python programming model: the host calls each route
# per HTTP request and each trigger per event; a blueprint the app takes
# in registers its own.
import azure.functions as func

from jobs.cleanup import bp

app = func.FunctionApp()
app.register_functions(bp)


@app.function_name(name="NotifyApi")
@app.route(route="{*route}", auth_level=func.AuthLevel.ANONYMOUS)
def main(req: func.HttpRequest) -> func.HttpResponse:  # entry: azure-function-route
    return func.HttpResponse("ok")


@app.queue_trigger(arg_name="msg", queue_name="statuses", connection="Storage")
def record_status(msg: func.QueueMessage) -> None:  # entry: azure-function-event
    return None


def helper(req):
    return req
