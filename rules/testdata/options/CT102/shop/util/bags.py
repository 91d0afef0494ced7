def Bag():
    return {}


def frozen_bag():
    return ()
