import shop.scans


def port_line():
    return shop.scans.last_port
