# A module that defines its own "list": calling it is not the builtin.


def list():
    return ()


def uses_local_list(x=list()):
    return x
