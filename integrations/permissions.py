"""DRF permission classes that defer to claims.permissions (the dashboard's rules)."""

from rest_framework.permissions import BasePermission

from claims.permissions import can


def role_permission(action: str) -> type[BasePermission]:
    """A permission class allowing users whose role may do `action` (claims.permissions.ACTIONS)."""

    class RolePermission(BasePermission):
        message = f"Your role does not allow: {action.replace('_', ' ')}."

        def has_permission(self, request, view):
            return bool(request.user and request.user.is_authenticated) and can(request.user, action)

    RolePermission.__name__ = f"Can_{action}"
    return RolePermission


CanView = role_permission("view")
