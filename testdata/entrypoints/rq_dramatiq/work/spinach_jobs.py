from datetime import timedelta

from spinach import Engine, MemoryBroker, Tasks

tasks = Tasks()
spin = Engine(MemoryBroker())


@tasks.task(name="work:cleanup", periodicity=timedelta(hours=1))
def cleanup():  # entry: spinach-task
    return 0


@spin.task(name="work:compute")
def compute(a, b):  # entry: spinach-task
    return a + b
