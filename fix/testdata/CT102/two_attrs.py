# fix: unsafe
class Base:
    pass


class Registry(Base):
	handlers = {}
	names = []

	def add(self, name, fn):
		self.handlers[name] = fn
		self.names.append(name)
