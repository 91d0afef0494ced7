# Signals a Namespace makes, in a package of the tree's own.
from blinker import Namespace

_signals = Namespace()

merged = _signals.signal("merged", "Sent when two users are merged.")
logged_in = _signals.signal("logged-in")
