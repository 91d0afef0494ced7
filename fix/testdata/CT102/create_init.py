# fix: unsafe
class Renderer:
    """Renders templates."""

    _cache = {}  # rendered pages

    def render(self, key):
        if key not in self._cache:
            self._cache[key] = key.upper()
        return self._cache[key]
