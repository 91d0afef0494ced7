# Karton consumers: each service's loop takes tasks from the queue and
# runs process() for each; a base class of the project's may run a
# method of its own per task.
from karton.core import Karton, Task


class ScannerBase(Karton):
    def process(self, task: Task) -> None:  # entry: karton-consumer
        self.run(task)

    def run(self, task: Task) -> None:
        raise NotImplementedError
