"""The roles (Editors, Moderators, a Translators group per language) and the Review workflow.

`setup_roles()` creates or completes them and never removes anything an administrator added. It
runs from the data migration (with the migration's historical models), from
`manage.py setup_roles`, at the end of the demo loader, and — for one page — whenever a home page
or a news, events or partners index page is created: the migration runs before the Russian and
English trees exist, so their permissions and workflow are applied when those pages appear.
"""

import re

from django.apps import apps as global_apps
from django.conf import settings
from django.db.models.signals import post_save

from core.content_apps import content_app_labels

EDITORS = "Editors"
MODERATORS = "Moderators"
REVIEW_WORKFLOW = "Review"
REVIEW_TASK = "Moderators approve"

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")

SECTION_INDEX_MODELS = (
    ("news", "NewsIndexPage"),
    ("events", "EventIndexPage"),
    ("partners", "PartnerIndexPage"),
)

# Page permissions on the root of the tree, so in every locale.
ROOT_PAGE_PERMISSIONS = {
    EDITORS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    MODERATORS: ["change_page", "publish_page", "lock_page", "unlock_page"],
}
# On their own locale's home page only, and no publish: their work goes through review.
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]

IMAGE_AND_DOCUMENT_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtaildocs", "choose_document"),
]
# On the root collection.
COLLECTION_PERMISSIONS = {
    EDITORS: IMAGE_AND_DOCUMENT_PERMISSIONS,
    MODERATORS: [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")],
}
TRANSLATOR_COLLECTION_PERMISSIONS = [("wagtailimages", "choose_image")]

# Translators do not get wagtail-localize's "submit_translation": it also opens "Sync translated
# pages", which can publish every locale at once, and "Translate this page" into any locale.
# Editors start translations; translators fill them in and submit them for review.
MODEL_PERMISSIONS = {
    EDITORS: [ADMIN_ACCESS, SUBMIT_TRANSLATION],
    MODERATORS: [ADMIN_ACCESS, SUBMIT_TRANSLATION],
}
TRANSLATOR_MODEL_PERMISSIONS = [ADMIN_ACCESS]


def content_languages():
    return [code for code, _name in settings.LANGUAGES]


def translators_group_name(language_code):
    return f"Translators ({language_code})"


TRANSLATOR_GROUP = re.compile(r"^Translators \((?P<code>[\w-]+)\)$")


def translator_languages(user):
    """Language codes of the user's `Translators (xx)` groups, sorted."""
    codes = []
    for name in user.groups.values_list("name", flat=True):
        match = TRANSLATOR_GROUP.match(name)
        if match:
            codes.append(match["code"])
    return sorted(codes)


def role_groups():
    """Role name for `grant_role` → group name."""
    roles = {"editor": EDITORS, "moderator": MODERATORS}
    for code in content_languages():
        roles[f"translator-{code}"] = translators_group_name(code)
    return roles


class RoleSetup:
    """Creates the groups, permissions and workflow with the models of `apps`.

    `apps` is the migration's historical registry or the running project's: only fields and
    plain querysets are used, no model methods.
    """

    def __init__(self, apps=None):
        self.apps = apps or global_apps
        model = self.apps.get_model
        self.Group = model("auth", "Group")
        self.Permission = model("auth", "Permission")
        self.ContentType = model("contenttypes", "ContentType")
        self.Page = model("wagtailcore", "Page")
        self.Collection = model("wagtailcore", "Collection")
        self.GroupPagePermission = model("wagtailcore", "GroupPagePermission")
        self.GroupCollectionPermission = model("wagtailcore", "GroupCollectionPermission")
        self.Workflow = model("wagtailcore", "Workflow")
        self.WorkflowTask = model("wagtailcore", "WorkflowTask")
        self.WorkflowPage = model("wagtailcore", "WorkflowPage")
        self.GroupApprovalTask = model("wagtailcore", "GroupApprovalTask")
        self.HomePage = model("home", "HomePage")
        self._groups = {}
        self._permissions = {}

    # Lookups ------------------------------------------------------------------------------

    def group(self, name):
        if name not in self._groups:
            self._groups[name] = self.Group.objects.get_or_create(name=name)[0]
        return self._groups[name]

    def permissions(self, pairs):
        """Permissions by (app_label, codename); missing ones are skipped (not migrated yet)."""
        missing = [pair for pair in pairs if pair not in self._permissions]
        if missing:
            apps = {app for app, _codename in missing}
            codenames = {codename for _app, codename in missing}
            for permission in self.Permission.objects.filter(
                content_type__app_label__in=apps, codename__in=codenames
            ).select_related("content_type"):
                key = (permission.content_type.app_label, permission.codename)
                self._permissions[key] = permission
        return [self._permissions[pair] for pair in pairs if pair in self._permissions]

    def page_permissions(self, codenames):
        return self.permissions([("wagtailcore", codename) for codename in codenames])

    def content_model_permissions(self):
        """Every permission on the non-page models of the content apps."""
        pairs = []
        # Every model of a content app that is not a page type is a snippet, a setting or one
        # of their inline rows: editors manage them all.
        for app_label in content_app_labels():
            try:
                app_config = self.apps.get_app_config(app_label)
            except LookupError:
                continue
            for model in app_config.get_models():
                if issubclass(model, self.Page):
                    continue
                content_type = self.ContentType.objects.filter(
                    app_label=app_label, model=model._meta.model_name
                ).first()
                if content_type is None:
                    continue
                pairs += [
                    (app_label, codename)
                    for codename in self.Permission.objects.filter(
                        content_type=content_type
                    ).values_list("codename", flat=True)
                ]
        return self.permissions(pairs)

    def root_page(self):
        return self.Page.objects.filter(depth=1).order_by("path").first()

    def root_collection(self):
        return self.Collection.objects.filter(depth=1).order_by("path").first()

    # Grants -------------------------------------------------------------------------------

    def grant_page(self, group, page, codenames):
        for permission in self.page_permissions(codenames):
            self.GroupPagePermission.objects.get_or_create(
                group=group, page_id=page.pk, permission=permission
            )

    def grant_collection(self, group, pairs):
        collection = self.root_collection()
        if collection is None:
            return
        for permission in self.permissions(pairs):
            self.GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )

    def grant_translator_home(self, home):
        """Add and edit (not publish) on one locale's home page and everything under it."""
        language_code = (
            self.apps.get_model("wagtailcore", "Locale")
            .objects.get(pk=home.locale_id)
            .language_code
        )
        if language_code not in content_languages():
            return
        self.grant_page(self.translators(language_code), home, TRANSLATOR_PAGE_PERMISSIONS)

    def translators(self, language_code):
        group = self.group(translators_group_name(language_code))
        group.permissions.add(*self.permissions(TRANSLATOR_MODEL_PERMISSIONS))
        self.grant_collection(group, TRANSLATOR_COLLECTION_PERMISSIONS)
        return group

    def review_workflow(self):
        task = self.GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
        if task is None:
            # Set by hand: historical models do not fill in the task's specific type.
            content_type, _created = self.ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )
            task = self.GroupApprovalTask.objects.create(
                name=REVIEW_TASK, content_type=content_type, active=True
            )
        task.groups.add(self.group(MODERATORS))
        workflow, _created = self.Workflow.objects.get_or_create(
            name=REVIEW_WORKFLOW, defaults={"active": True}
        )
        self.WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
        return workflow

    def assign_review(self, index_page):
        """Put a section index (and so its articles, reports, profiles) under Review.

        A section an administrator has already given another workflow keeps it.
        """
        if not self.WorkflowPage.objects.filter(page_id=index_page.pk).exists():
            self.WorkflowPage.objects.create(page_id=index_page.pk, workflow=self.review_workflow())

    def section_indexes(self):
        pages = []
        for app_label, model_name in SECTION_INDEX_MODELS:
            try:
                model = self.apps.get_model(app_label, model_name)
            except LookupError:
                continue
            pages += list(model.objects.only("pk"))
        return pages

    # Everything ---------------------------------------------------------------------------

    def run(self):
        root = self.root_page()
        content_permissions = self.content_model_permissions()
        for name in (EDITORS, MODERATORS):
            group = self.group(name)
            group.permissions.add(*self.permissions(MODEL_PERMISSIONS[name]))
            if name == EDITORS:
                group.permissions.add(*content_permissions)
            if root is not None:
                self.grant_page(group, root, ROOT_PAGE_PERMISSIONS[name])
            self.grant_collection(group, COLLECTION_PERMISSIONS[name])
        for code in content_languages():
            self.translators(code)
        for home in self.HomePage.objects.only("pk", "locale_id"):
            self.grant_translator_home(home)
        self.review_workflow()
        for index_page in self.section_indexes():
            self.assign_review(index_page)


def setup_roles(apps=None):
    """Create or complete every role and the Review workflow. Safe to run any number of times."""
    RoleSetup(apps).run()


def remove_roles(apps):
    """Reverse of the data migration: the Review workflow and the translators' groups go.

    Editors and Moderators stay: Wagtail created them and other permissions may hang off them.
    """
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Group = apps.get_model("auth", "Group")
    Workflow.objects.filter(name=REVIEW_WORKFLOW).delete()
    GroupApprovalTask.objects.filter(name=REVIEW_TASK).delete()
    Group.objects.filter(
        name__in=[translators_group_name(code) for code in content_languages()]
    ).delete()


class UnknownRole(ValueError):
    pass


def grant_role(user, role):
    """Add `user` to the group of `role` (see `role_groups`), creating the roles if needed."""
    groups = role_groups()
    if role not in groups:
        raise UnknownRole(role)
    Group = global_apps.get_model("auth", "Group")
    group = Group.objects.filter(name=groups[role]).first()
    if group is None:
        setup_roles()
        group = Group.objects.get(name=groups[role])
    user.groups.add(group)
    return group


# New pages ------------------------------------------------------------------------------------


def page_created(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    setup = RoleSetup()
    if isinstance(instance, setup.HomePage):
        setup.grant_translator_home(instance)
    else:
        setup.assign_review(instance)


def connect_signals():
    for app_label, model_name in (("home", "HomePage"), *SECTION_INDEX_MODELS):
        post_save.connect(
            page_created,
            sender=global_apps.get_model(app_label, model_name),
            dispatch_uid=f"translations_roles_{app_label}_{model_name}",
        )
