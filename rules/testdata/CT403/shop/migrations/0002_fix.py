def forwards(apps, schema_editor):
    Article = apps.get_model("shop", "Article")
    for a in Article.objects.all():
        a.views = a.views + 1  # want-strict: CT403
        a.save()
