"""Keeping copies in step with what they copy."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from sources.models import Article

from .models import Claim


@receiver(post_save, sender=Article, dispatch_uid="claims_seen_at_follows_article")
def claims_follow_article_time(sender, instance: Article, created: bool, raw: bool = False, **kwargs) -> None:
    """An article's date edited (in the admin, say) moves its claims in every list: Claim.seen_at
    is a copy of it. One indexed UPDATE that changes nothing when the date did not change."""
    if created or raw:
        return  # a new article has no claims yet; fixtures carry their own values
    Claim.objects.filter(article=instance).exclude(seen_at=instance.seen_at).update(seen_at=instance.seen_at)
