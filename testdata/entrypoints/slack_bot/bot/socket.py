from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.web import WebClient


class TenantClient(SocketModeClient):
    pass


def handle(client, req):  # entry: slack-socket-listener
    return req


def make_handler():
    def process(client, req):  # entry: slack-socket-listener
        return req

    return process


def start():
    plain = SocketModeClient(app_token="x", web_client=WebClient())
    plain.socket_mode_request_listeners.append(handle)
    tenant = TenantClient(app_token="x")
    tenant.socket_mode_request_listeners.append(make_handler())
