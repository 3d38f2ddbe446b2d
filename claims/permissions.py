"""Who may do what. Roles are Django groups, each including the ones below it.

Views and API endpoints never check permissions by hand: they call `require()` or one of the
`*_for_user()` fetchers, which raise PermissionDenied (403) or Http404.
"""

from __future__ import annotations

from enum import IntEnum

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404


class Role(IntEnum):
    VIEWER = 1
    CHECKER = 2
    EDITOR = 3
    ADMIN = 4


ROLE_GROUPS = {"viewer": Role.VIEWER, "checker": Role.CHECKER, "editor": Role.EDITOR, "admin": Role.ADMIN}

# The least role each action needs.
ACTIONS = {
    "view": Role.VIEWER,
    "ingest": Role.CHECKER,
    "review": Role.CHECKER,
    "cluster_edit": Role.CHECKER,  # merge, split, detach, confirm suggestions
    "publish": Role.EDITOR,
    "speaker_edit": Role.EDITOR,  # merge speakers
    "reconcile": Role.ADMIN,
    "manage_tokens": Role.VIEWER,  # a user's own API tokens
    "manage_webhooks": Role.EDITOR,
}


def user_role(user) -> Role | None:
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if user.is_superuser:
        return Role.ADMIN
    # Cached on the user object: one query per request, however many checks a page makes.
    if not hasattr(user, "_kutip_role"):
        names = user.groups.filter(name__in=ROLE_GROUPS).values_list("name", flat=True)
        user._kutip_role = max((ROLE_GROUPS[n] for n in names), default=None)
    return user._kutip_role


def can(user, action: str) -> bool:
    role = user_role(user)
    return role is not None and role >= ACTIONS[action]


def require(user, action: str) -> None:
    if not can(user, action):
        raise PermissionDenied(f"your role does not allow: {action.replace('_', ' ')}")


def object_for_user(user, queryset, action: str = "view", **lookup):
    """The object, if the user may do `action`: 403 before 404, so nothing leaks to a stranger."""
    require(user, action)
    return get_object_or_404(queryset, **lookup)
