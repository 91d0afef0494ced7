from a import c, b as 's'
