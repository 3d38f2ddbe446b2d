"""Writes for API tokens and webhooks. Each checks its permission with claims.permissions."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from claims.permissions import require

from .models import ApiToken, Webhook

TOKEN_PREFIX_LEN = 8
TOKEN_MARK = "kt_"


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    plaintext: str  # shown once; never stored


def token_digest(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode("utf-8")).hexdigest()


def token_split(plaintext: str) -> str | None:
    """The prefix of a well-formed token (`kt_<prefix>_<secret>`), else None."""
    if not plaintext.startswith(TOKEN_MARK):
        return None
    prefix, sep, secret = plaintext[len(TOKEN_MARK):].partition("_")
    if not sep or len(prefix) != TOKEN_PREFIX_LEN or not secret:
        return None
    return prefix


@transaction.atomic
def token_create(*, user, name: str, owner=None) -> NewToken:
    """A new token for `owner` (default: `user` itself). Only admins create tokens for others."""
    owner = owner or user
    require(user, "manage_tokens")
    if owner.pk != user.pk:
        require(user, "reconcile")  # an admin-only action: acting on another user's tokens
    # The prefix is random too, so it identifies the row without revealing the secret.
    prefix = secrets.token_hex(TOKEN_PREFIX_LEN // 2)
    plaintext = f"{TOKEN_MARK}{prefix}_{secrets.token_urlsafe(20)}"
    token = ApiToken.objects.create(user=owner, name=name[:200], prefix=prefix, digest=token_digest(plaintext))
    return NewToken(token, plaintext)


def token_revoke(*, token: ApiToken, user) -> ApiToken:
    require(user, "manage_tokens")
    if token.user_id != user.pk:
        require(user, "reconcile")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_authenticate(plaintext: str) -> ApiToken | None:
    """The active token for a plaintext, else None. Constant-time comparison of the digests."""
    prefix = token_split(plaintext)
    if prefix is None:
        return None
    token = ApiToken.objects.select_related("user").filter(prefix=prefix, revoked_at__isnull=True).first()
    if token is None or not secrets.compare_digest(token.digest, token_digest(plaintext)):
        return None
    now = timezone.now()
    # Record use at most once a minute: a busy tool should not turn every read into a write.
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > 60:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token


def webhook_create(*, user, url: str, secret: str, events: list[str]) -> Webhook:
    require(user, "manage_webhooks")
    return Webhook.objects.create(owner=user, url=url, secret=secret, events=sorted(set(events)))


def webhook_delete(*, webhook: Webhook, user) -> None:
    require(user, "manage_webhooks")
    webhook.delete()
