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


def repository(kind):
    # A factory of dependencies: Depends(repository(Orders)) runs the
    # def it returns per request.
    def _get_repo(db=Depends(get_db)):  # entry: fastapi-dependency
        return kind(db)

    return _get_repo


def authorizer(required=True):
    def _user(token: str = Header()):  # entry: fastapi-dependency
        return token

    def _user_optional(token: str = Header(None)):  # entry: fastapi-dependency
        return token

    return _user if required else _user_optional


class BasePermission:
    # Built once, where the route's default is: the object, not the class,
    # is the dependency.
    def __init__(self, raise_exceptions=True):
        self.raise_exceptions = raise_exceptions

    @classmethod
    def raises(cls, raise_exceptions):
        return cls(raise_exceptions)


class IsAdmin(BasePermission):
    async def __call__(self, token: str = Header()):  # shared: fastapi-dependency
        return token
