# py-healthcheck: the checks added to a HealthCheck run each time its
# run() is called, from the health route, for every probe.
from fastapi import FastAPI
from healthcheck import HealthCheck

health = HealthCheck()
probes = FastAPI()


def redis_ok():  # entry: healthcheck
    return True, "redis ok"


def search_ok():  # entry: healthcheck
    return True, "search ok"


health.add_check(redis_ok)
health.add_check(func=search_ok)


@probes.get("/health")
def healthcheck():  # entry: fastapi-route
    message, status, _ = health.run()
    return message
