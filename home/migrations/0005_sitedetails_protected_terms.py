from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_site_details"),
    ]

    operations = [
        migrations.AddField(
            model_name="sitedetails",
            name="protected_terms",
            field=models.TextField(
                blank=True,
                help_text=(
                    "One per line: names and words that stay exactly as written when the Uzbek "
                    "pages are shown in Cyrillic or in the new Latin alphabet (for example "
                    "Sechenov University, PubMed). Used from the Uzbek contacts and footer."
                ),
                max_length=2000,
                verbose_name="names kept as written",
            ),
        ),
    ]
