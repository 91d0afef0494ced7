# SQLModel's create_engine is SQLAlchemy's.
from fastapi import Depends, FastAPI
from sqlmodel import Session, create_engine

app = FastAPI()


def get_database():
    return create_engine("postgresql://db/app")  # want: CT301


def get_session():
    with Session(get_database()) as session:
        yield session


@app.get("/items")
def items(session: Session = Depends(get_session)):
    return session.exec("select 1")
