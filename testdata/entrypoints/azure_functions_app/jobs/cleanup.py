import azure.functions as func

bp = func.Blueprint()


@bp.timer_trigger(schedule="0 0 * * * *", arg_name="timer")
def purge(timer: func.TimerRequest) -> None:  # entry: azure-function-event
    return None
