# A pylint plugin: pylint runs its checkers in its own process.
from pylint import checkers


class NoPrintChecker(checkers.BaseChecker):
    name = "no-print"
    seen = []

    def open(self):  # startup: pylint-checker
        self.seen.clear()

    def visit_call(self, node):  # startup: pylint-checker
        self.record(node)

    def record(self, node):
        self.seen.append(node)
