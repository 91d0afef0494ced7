# A model whose relationship is declared on its base, in another module.
from orm.declarative import Document


class Report(Document):
    __mapper_args__ = {"polymorphic_identity": "report"}

    def __init__(
        self,
        title,
        tags=[],  # want-strict: CT104
        reviewers=[],  # want: CT104
    ):
        super().__init__()
        self.title = title
        self.tags = tags
        self.reviewers = reviewers
