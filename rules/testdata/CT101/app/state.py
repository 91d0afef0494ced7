class State:
    current_user = None
