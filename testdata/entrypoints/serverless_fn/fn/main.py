# A function a serverless platform calls once per event (AWS Lambda,
# Google Cloud Functions' background functions), known by its parameters:
# module state outlives the call in a warm instance.
_SECRETS = {}


def publish(event, context):  # entry: serverless-handler
    return _secret(event["name"])


def _secret(name):
    return _SECRETS.get(name)


def not_a_handler(event, context, extra):
    return extra


class Handler:
    def handle(self, event, context):
        return event
