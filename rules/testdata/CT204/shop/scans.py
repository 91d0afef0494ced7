# A scan's fields kept in module globals.

port = None
protocol = None
last_scan = None
current_target = None


def parse_ports(rows):
    global port, protocol
    for row in rows:
        if row["key"] == "portid":
            port = row["value"]  # want: CT204
        if row["key"] == "protocol":
            # Nothing reads it: no later call sees what this one leaves.
            protocol = row["value"]  # want-strict: CT204
    return {"port": port}


def note_scan(scan):
    # Read by another module, as `scans.last_scan`.
    global last_scan
    last_scan = scan["id"]  # want: CT204


def set_target(target):
    # Imported by name elsewhere.
    global current_target
    current_target = target  # want: CT204


def set_mode(mode):
    # Only written here; read through `globals()` in the next module.
    from . import dynamic
    dynamic.set_mode(mode)
