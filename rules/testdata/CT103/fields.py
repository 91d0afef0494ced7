# A field of a pydantic model or a dataclass is copied per instance: a
# "reset" of one is the instance's own, as CT102 says of them.
from pydantic import BaseModel


class WalletExtra(BaseModel):
    shared_with: list = []

    def prune(self, keep):
        self.shared_with = [s for s in self.shared_with if s in keep]
        self.shared_with.append(keep)
