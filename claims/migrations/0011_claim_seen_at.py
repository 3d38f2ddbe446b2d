from django.db import migrations, models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce


def copy_article_times(apps, schema_editor):
    Article = apps.get_model("sources", "Article")
    Claim = apps.get_model("claims", "Claim")
    seen = Article.objects.filter(pk=OuterRef("article_id")).values(seen=Coalesce("published_at", "ingested_at"))[:1]
    Claim.objects.update(seen_at=Subquery(seen))


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0010_cluster_spread"),
        ("sources", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="claim",
            name="seen_at",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.RunPython(copy_article_times, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="claim",
            name="seen_at",
            field=models.DateTimeField(editable=False),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["speaker", "-seen_at", "-id"], name="claim_speaker_seen_idx"),
        ),
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["cluster", "seen_at", "id"], name="claim_cluster_seen_idx"),
        ),
    ]
