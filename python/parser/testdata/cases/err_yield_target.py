x = yield = y
