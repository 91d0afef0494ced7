from typing import Annotated

from fastapi import APIRouter, Depends

from .deps import Filters, IsAdmin, Paging, Sorting, audit, authorizer, get_user, pager, repository

router = APIRouter(dependencies=[Depends(audit)])


@router.get("/items")
async def list_items(user=Depends(get_user), page=Depends(pager)):  # entry: fastapi-route
    return []


@router.post("/items")
async def create_item(filters: Annotated[Filters, Depends(Filters)]):  # entry: fastapi-route
    return {}


async def delete_item(item_id: int):  # entry: fastapi-route
    return None


router.add_api_route("/items/{item_id}", delete_item, methods=["DELETE"])


@router.get("/paged")
async def paged(paging: Paging = Depends(), sorting: Annotated[Sorting, Depends()] = None):  # entry: fastapi-route
    return []


def format_item(item):
    return item


@router.get("/mine")
async def mine(repo=Depends(repository(list)), user=Depends(authorizer(required=False))):  # entry: fastapi-route
    return []


@router.get("/admin")
async def admin_only(is_admin=Depends(IsAdmin.raises(False))):  # entry: fastapi-route
    return is_admin
