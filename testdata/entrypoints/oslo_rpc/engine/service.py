import oslo_messaging

from engine import rpc


class EngineService:
    # The server calls every public method of the one endpoint object,
    # for each message: shared.
    def start(self):
        self.server = rpc.get_rpc_server(None, self)
        self.server.start()

    def init_host(self):
        # The service's lifecycle, not a message's.
        self.host = "h"

    def create_stack(self, ctxt, name):  # shared: oslo-rpc
        return self._validate(name)

    def delete_stack(self, ctxt, stack_id):  # shared: oslo-rpc
        pass

    def _validate(self, name):
        return name


class RatingEndpoint:
    def __init__(self, orchestrator):
        self.orchestrator = orchestrator

    def quote(self, ctxt, res_data):  # shared: oslo-rpc
        pass


class ScopeEndpoint:
    def reset_state(self, ctxt, scope):  # shared: oslo-rpc
        pass


class TopologyApis:
    def get_topology(self, ctxt, graph_type):  # shared: oslo-rpc
        pass


class AlarmApis:
    def get_alarms(self, ctxt, vitrage_id):  # shared: oslo-rpc
        pass


class Direct:
    def ping(self, ctxt):  # shared: oslo-rpc
        pass


class Listener:
    # A notification listener's endpoint: its methods named for a
    # priority run per notification.
    def info(self, ctxt, publisher_id, event_type, payload, metadata):  # shared: oslo-notification
        self._store(payload)

    def error(self, ctxt, publisher_id, event_type, payload, metadata):  # shared: oslo-notification
        pass

    def _store(self, payload):
        pass

    def flush(self):
        pass


class Endpoints:
    def create_load_balancer(self, ctxt, lb_id):  # shared: oslo-rpc
        pass


class Consumer:
    def run(self):
        self.endpoints = [Endpoints()]
        self.listener = rpc.get_server(None, self.endpoints)
        self.listener.start()


class QuoteEndpoint:
    def quote_all(self, ctxt):  # shared: oslo-rpc
        pass


class Processor:
    # The endpoints are built in __init__, served from another method.
    def __init__(self, conf):
        self.conf = conf
        self._quote_endpoint = QuoteEndpoint()

    def init_messaging(self):
        endpoints = [self._quote_endpoint]
        self.server = rpc.get_server(None, endpoints)


class Orchestrator:
    def __init__(self):
        self.server = rpc.get_server(None, [RatingEndpoint(self), ScopeEndpoint()])


def api_worker():
    endpoints = [TopologyApis(), AlarmApis()]
    rpc.get_server(None, endpoints).start()


def direct(transport):
    oslo_messaging.get_rpc_server(transport, None, endpoints=[Direct()])
    rpc.get_listener([], [Listener()])


def main():  # startup: main
    EngineService().start()
    Orchestrator()
    api_worker()
    direct(None)
    Consumer().run()
    Processor(None).init_messaging()
