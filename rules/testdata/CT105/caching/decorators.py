from functools import lru_cache as memoize
