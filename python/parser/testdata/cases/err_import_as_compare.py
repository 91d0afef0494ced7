import a.b as a < b
