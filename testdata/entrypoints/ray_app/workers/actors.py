import ray


# A remote function runs in a worker for each .remote() call; an actor's
# public methods run for each call on its handle.
@ray.remote
def transcribe(job):  # entry: ray-task
    return job


@ray.remote(num_cpus=2)
def summarise(job):  # entry: ray-task
    return job


@ray.remote(max_restarts=-1)
class TranscriptionService:
    def __init__(self, queue):
        self.queue = queue

    async def process(self):  # entry: ray-task
        return self._next()

    def _next(self):
        return self.queue


def local_helper(job):
    return job


@ray.remote
class Flag:
    def __init__(self):
        self.stopped = False

    def get(self):  # entry: ray-task
        return self.stopped
