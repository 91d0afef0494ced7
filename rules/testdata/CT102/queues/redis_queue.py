import collections


class RedisQueue:
    def __init__(self, client, key):
        self.client, self.key = client, key

    def enqueue(self, task):
        self.client.rpush(self.key, task)


class MemoryQueue:
    # A stand-in for RedisQueue in tests: one list per key for every
    # instance, as Redis keeps one. Only tests name it.
    queues = collections.defaultdict(list)

    def __init__(self, client, key):
        self.key = key

    def enqueue(self, task):
        self.queues[self.key].append(task)  # want-strict: CT102 (only tests use MemoryQueue)


class LocalQueue:
    # The same, used by production code below: shared per process.
    queues = collections.defaultdict(list)

    def enqueue(self, key, task):
        self.queues[key].append(task)  # want: CT102


def local_queue():
    return LocalQueue()
