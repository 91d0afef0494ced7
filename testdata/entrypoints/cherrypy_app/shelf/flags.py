class Flags:
    # `exposed` is a common word: without an import of cherrypy it is a
    # flag, not a CherryPy resource.
    exposed = True

    def toggle(self):
        return not self.exposed
