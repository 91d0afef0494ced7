mode = None


def set_mode(value):
    global mode
    mode = value  # want: CT204


def setting(name):
    return globals()[name]
