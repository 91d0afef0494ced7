# pulpcore's tasking: dispatch(func, ...) queues func for a pulpcore
# worker, by position or as func=.
from pulpcore.plugin.tasking import dispatch


def move_collection(cv_pk_list, src_repo_pk, dest_repo_pk):  # entry: pulpcore-task
    return cv_pk_list


def sign(pk):  # entry: pulpcore-task
    return pk


def not_dispatched(pk):
    return pk


def call_move(cv, src, dest):
    return dispatch(move_collection, exclusive_resources=[src, dest], kwargs={"cv_pk_list": [cv]})


def call_sign(pk):
    return dispatch(func=sign, kwargs={"pk": pk})
