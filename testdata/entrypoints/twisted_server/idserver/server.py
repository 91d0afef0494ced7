from twisted.internet import reactor, task
from twisted.internet.task import LoopingCall
from twisted.web.server import Site

from .servlets import LookupServlet, Root


def push_updates():  # entry: twisted-looping-call
    pass


def collect_garbage():  # entry: twisted-looping-call
    pass


def main():  # startup: main
    root = Root()
    root.putChild(b"lookup", LookupServlet({}))
    LoopingCall(push_updates).start(10)
    task.LoopingCall(collect_garbage).start(60)
    reactor.listenTCP(8090, Site(root))
    reactor.run()


if __name__ == "__main__":
    main()
