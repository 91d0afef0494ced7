# A project's own wrappers of oslo.messaging's servers, as OpenStack
# services write them: what they are given is what the server calls.
import oslo_messaging as messaging

TRANSPORT = None


def get_server(target, endpoints, serializer=None):
    return messaging.get_rpc_server(TRANSPORT, target, endpoints, executor="threading", serializer=serializer)


def get_rpc_server(target, endpoint):
    return messaging.get_rpc_server(TRANSPORT, target, [endpoint], executor="threading")


def get_listener(targets, endpoints):
    return messaging.get_notification_listener(TRANSPORT, targets, endpoints, executor="threading")
