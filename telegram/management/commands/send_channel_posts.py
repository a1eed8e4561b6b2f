"""Send the channel posts that are due, once: those waiting since their page was published and
those whose retry time has come. The scheduler (`run_scheduler`) does this on every pass; this
command is for a cron line of its own or a check by hand. Without a bot token it does nothing.
"""

from django.core.management.base import BaseCommand

from telegram import conf, sending


class Command(BaseCommand):
    help = "Send the Telegram channel posts that are due, once."

    def handle(self, *args, **options):
        if not conf.bot_token():
            self.stdout.write("TELEGRAM_BOT_TOKEN is not set: nothing is sent.")
            return
        sent = sending.send_due()
        self.stdout.write(f"{sent} post(s) sent.")
