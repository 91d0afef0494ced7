# Uses of a default that leave nothing in it for the next call: taking
# out of an empty one, another name for it, a display by keywords, what
# flows past `x or default`, and an arm only another type runs.

from collections import abc

from . import models


def take_out(form_params={}):  # want-strict: CT104
    # Only taken out of: an empty default keeps nothing.
    addr = form_params.pop("addr", None)
    form_params.pop("new_addr", None)
    return addr


def take_out_of_alias(user, form_params={}):  # want-strict: CT104
    kw = form_params
    addr = kw.pop("addr", None)
    return kw.get("password"), addr


def put_in_alias(form_params={}):  # want: CT104
    kw = form_params
    kw.setdefault("addr", [])
    return kw


def keyword_dict(env, fields={}):  # want-strict: CT104
    # dict(k=v) is a display: the callee gets a new dict.
    return env.render(dict(fields=fields))


def or_default(ctx, scope_ids=[]):  # want-strict: CT104
    # What flows on past `x or default` is the default, as passed.
    authorize(ctx, {"tenant_id": ctx.project_id or scope_ids})
    return sorted(ctx.project_ids or scope_ids)


def not_a_list(ctx, scope_ids=[]):  # want-strict: CT104
    # The arm runs only for what is not a list: never for the default.
    if not isinstance(scope_ids, list):
        scope_ids = [scope_ids]
        scope_ids.append(ctx)
    return len(scope_ids)


def a_string(ctx, names=[]):  # want-strict: CT104
    if isinstance(names, str):
        names.append(ctx)
    return len(names)


def a_list(ctx, names=[]):  # want: CT104
    if isinstance(names, list):
        names.append(ctx)
    return len(names)


class Service:
    def __init__(self, name):
        self.name = name


def a_service(ctx, features=[]):  # want-strict: CT104
    # No list is a Service: the default takes the other arm.
    if isinstance(features, Service):
        features.name = ctx
    chosen = features if isinstance(features, models.Service) else None
    keep(chosen)
    return len(features)


def a_sequence(ctx, features=[]):  # want: CT104
    # A list is a Sequence: the arm may run with the default.
    chosen = features if isinstance(features, abc.Sequence) else None
    keep(chosen)
    return len(features)


def keep(x):
    KEPT.append(x)


KEPT = []


def authorize(ctx, target):
    return target


def form_or_default(backend, form=None, payload={}):  # want-strict: CT104
    # The name may still be the default after it is rebound through a
    # conditional: its uses after are the default's, here only passed.
    payload = form.api_payload() if form else payload
    return backend.post(payload)


def form_or_default_changed(form=None, payload={}):  # want: CT104
    payload = form.api_payload() if form else payload
    payload["sent"] = True
    return payload


def into_local_display(session, path="", payload={}):  # want-strict: CT104
    # Put in an item of a dict the def builds, which is only copied out.
    args = {"timeout": 3}
    args["json"] = payload
    return session.post(path, **args)


def into_local_display_kept(registry, payload={}):  # want: CT104
    args = {"timeout": 3}
    args["json"] = payload
    registry.append(args)


class ScopeClient:
    def request_args(self):
        return {"timeout": 3, "headers": {}}

    def shared_args(self):
        return SHARED_ARGS

    def post(self, session, path="", payload={}):  # want-strict: CT104
        # Put in an item of the dict a method of the class builds at
        # every call, which is only copied out.
        args = self.request_args()
        args["json"] = payload
        return session.post(path, **args)

    def post_shared(self, session, path="", payload={}):  # want: CT104
        # The dict the method returns is one the module keeps.
        args = self.shared_args()
        args["json"] = payload
        return session.post(path, **args)


SHARED_ARGS = {}
