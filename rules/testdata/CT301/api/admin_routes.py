# Routes that only the site's administrators reach, said by the router
# they are on, their path, or the dependency that guards them; and
# routes that look like it but let others in.
import boto3
from fastapi import APIRouter, Depends


class User:
    pass


class Permission:
    FULL_ADMIN_PANEL_ACCESS = "admin-panel"


def get_current_active_superuser():
    return User()


def is_admin_or_owner():
    return User()


def require_permission(permission):
    return lambda: User()


def require_role(*roles):
    return lambda: User()

router = APIRouter()
admin_router = APIRouter(prefix="/manage/admin")


@admin_router.post("/bedrock/models")
def list_bedrock_models(region: str):
    return boto3.client("bedrock", region_name=region).list_foundation_models()  # want-strict: CT301 (an admin router's route)


@router.get("/admin/query-history/download")
def download_history():
    boto3.client("s3").get_object(Key="history")  # want-strict: CT301 (an admin path)


@router.get("/users", dependencies=[Depends(get_current_active_superuser)])
def read_users():
    boto3.client("cognito-idp").list_users()  # want-strict: CT301 (a superuser's dependency)


@router.post("/providers/test")
def test_provider(_: User = Depends(require_permission(Permission.FULL_ADMIN_PANEL_ACCESS))):
    boto3.client("sts").get_caller_identity()  # want-strict: CT301 (an admin panel's permission)


@router.get("/documents", dependencies=[Depends(is_admin_or_owner)])
def read_documents():
    boto3.client("s3").list_objects()  # want: CT301 (owners too)


@router.get("/teams")
def read_teams(_: User = Depends(require_role("admin", "member"))):
    boto3.client("s3").list_buckets()  # want: CT301 (members too: roles given as strings say nothing)


@router.get("/badminton/scores")
def read_scores():
    boto3.client("dynamodb").scan(TableName="scores")  # want: CT301 (badminton is not an admin)
