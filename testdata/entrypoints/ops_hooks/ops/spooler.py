from uwsgidecorators import cron, postfork, spool, timer


@spool
def send_report(arguments):  # entry: uwsgi-spooler
    return arguments


@spool(pass_arguments=True)
def resize(path, width):  # entry: uwsgi-spooler
    return path, width


@timer(30)
def refresh_feeds(signum):  # entry: uwsgi-timer
    return signum


@cron(0, 3, -1, -1, -1)
def nightly(signum):  # entry: uwsgi-timer
    return signum


@postfork
def reconnect():  # startup: uwsgi-postfork
    return None
