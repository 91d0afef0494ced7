# fix: unsafe
class Pool:
    _operations: dict[str, list] = {}  # task_id: operations
    size = 4

    def add(self, task_id, op):
        self._operations.setdefault(task_id, []).append(op)
