# A team's base class that builds the app and hands it back from a method
# annotated with its class (phdi's BaseService(...).start()): the module
# that calls it has an app, and its routes are routes.
from fastapi import FastAPI


class BaseService:
    def __init__(self, name):
        self.app = FastAPI(title=name)

    def start(self) -> FastAPI:
        return self.app


class TracedService(BaseService):
    pass
