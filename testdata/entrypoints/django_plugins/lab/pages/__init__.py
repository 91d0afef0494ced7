# The package re-exports each view under its module's name: after the
# import, the package's attribute `contact` is the function, not the
# submodule.
from .contact import contact
