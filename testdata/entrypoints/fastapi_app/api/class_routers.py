from fastapi import APIRouter


class FoldersRouter:
    # A class that builds its router and registers its own methods on it:
    # one object, built at import, serves every request (shared).
    def __init__(self, service):
        self.service = service
        self.router = APIRouter()
        self.router.add_api_route("/", self.create_folder, methods=["POST"])
        self.router.add_api_route("/{folder_id}", self.fetch_folder, methods=["GET"])

    async def create_folder(self, body: dict):  # shared: fastapi-route
        return self.service

    async def fetch_folder(self, folder_id: str):  # shared: fastapi-route
        return folder_id

    def helper(self):
        return None


folders = FoldersRouter(service=None)


class ControlServer:
    # Its bound methods registered from module level, on the one object
    # the module builds (airweave's worker control server).
    def __init__(self):
        self.draining = False

    async def drain(self):  # shared: fastapi-route
        self.draining = True

    async def status(self):  # shared: fastapi-route
        return self.draining


control = ControlServer()
control_router = APIRouter()
control_router.add_api_route("/drain", control.drain, methods=["POST"])
control_router.add_api_route("/status", control.status)
