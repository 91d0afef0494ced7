from oslo_service import periodic_task
from pecan import hooks


class ContextHook(hooks.PecanHook):
    # make_app(hooks=[ContextHook()]): one object around every request.
    def before(self, state):  # shared: pecan-hook
        state.request.context = {}

    def describe(self):
        return "context"


class Manager(periodic_task.PeriodicTasks):
    @periodic_task.periodic_task(spacing=60)
    def _sync_status(self, context):  # entry: oslo-periodic-task
        return context
