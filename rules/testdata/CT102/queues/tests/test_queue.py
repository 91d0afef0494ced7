from unittest.mock import patch

from queues.redis_queue import MemoryQueue


@patch("queues.redis_queue.RedisQueue", MemoryQueue)
def test_enqueue():
    MemoryQueue(None, "k").enqueue("t")
    assert MemoryQueue.queues["k"] == ["t"]
