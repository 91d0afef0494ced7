from .decorators import memoize
