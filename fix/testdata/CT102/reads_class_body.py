# fix: none
class Settings:
    DEFAULTS = {"a": 1}
    values = dict(DEFAULTS)

    def set(self, key, value):
        self.values[key] = value
