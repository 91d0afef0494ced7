from fastapi import Depends, Header


def get_db():  # entry: fastapi-dependency
    yield None


def get_user(token: str = Header(), db=Depends(get_db)):  # entry: fastapi-dependency
    return token


def audit():  # entry: fastapi-dependency
    return None


class Pager:
    def __init__(self, size=10):
        self.size = size

    def __call__(self, page: int = 1):  # shared: fastapi-dependency
        self.page = page
        return self


pager = Pager()


class Filters:
    def __init__(self, q: str = ""):  # entry: fastapi-dependency
        self.q = q


class Paging:
    def __init__(self, limit: int = 10):  # entry: fastapi-dependency
        self.limit = limit


class Sorting:
    def __init__(self, order: str = "asc"):  # entry: fastapi-dependency
        self.order = order
