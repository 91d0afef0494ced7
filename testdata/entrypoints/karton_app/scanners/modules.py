from karton.core import Karton, Task

from .base import ScannerBase


class PortScanner(ScannerBase):
    identity = "port_scanner"
    filters = [{"type": "ip"}]

    def run(self, task: Task) -> None:
        self.log.info(task.payload)


class Classifier(Karton):
    identity = "classifier"

    def process(self, task: Task) -> None:  # entry: karton-consumer
        self.send_task(Task({"type": "ip"}))


if __name__ == "__main__":
    PortScanner().loop()
