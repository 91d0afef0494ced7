# A logger is the one of its name the process keeps: a handler added to
# it at every call stays, and every log line is then handled once per
# call so far.
import io
import logging
import sys

from flask import Blueprint

logs = Blueprint("logs", __name__)
audit_logger = logging.getLogger("audit")


def get_logger(name):
    logger = logging.getLogger(name)
    logger.addHandler(logging.StreamHandler(sys.stdout))  # want: CT204
    return logger


def get_logger_once(name):
    logger = logging.getLogger(name)
    if not logger.handlers:
        logger.addHandler(logging.StreamHandler(sys.stdout))  # want-strict: CT204 (added only while it has none)
    return logger


def capture(run):
    # Added for the call, and taken out again.
    handler = logging.StreamHandler(sys.stdout)
    audit_logger.addHandler(handler)  # want-strict: CT204 (taken out again)
    try:
        return run()
    finally:
        audit_logger.removeHandler(handler)


def audit_logger_for(audit_id):
    # A logger of its own per audit: nothing piles up on one.
    logger = logging.getLogger("shop.audit.{}".format(audit_id))
    logger.addHandler(logging.StreamHandler(sys.stdout))  # want-strict: CT204 (a name of its own per call)
    return logger


def tag_audit(tag):
    logging.getLogger("audit").addFilter(lambda record: tag)  # want: CT204


class RotatingLog:
    # Sets its handler up and tears it down: a method of the class takes
    # it out again before the next start.
    def start(self, path):
        self.handler = logging.FileHandler(path)
        logging.getLogger("shop").addHandler(self.handler)  # want-strict: CT204 (stop takes it out)

    def stop(self):
        logging.getLogger("shop").removeHandler(self.handler)


rotating = RotatingLog()


def configure():
    # Start-up only: once per process.
    logging.getLogger().addHandler(logging.StreamHandler())  # want-strict: CT204 (no request path)


def gather_logs():
    # Hands its handler back, for collect_logs to take out again.
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    logging.getLogger("shop").addHandler(handler)  # want-strict: CT204 (collect_logs takes it out)
    return buffer, handler


def collect_logs(buffer, handler):
    logging.getLogger("shop").removeHandler(handler)
    return buffer.getvalue()


@logs.route("/logs")
def show():
    get_logger("shop").info("x")
    get_logger_once("shop").info("y")
    tag_audit("t")
    audit_logger_for(3)
    rotating.stop()
    rotating.start("/tmp/shop.log")
    collect_logs(*gather_logs())
    return capture(lambda: "ok")


if __name__ == "__main__":
    configure()
