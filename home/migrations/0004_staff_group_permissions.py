"""Give Wagtail's Editors and Moderators groups (communications staff) the
permissions to manage menus, topics and site settings and to use the admin."""

from django.db import migrations

PERMISSIONS = {
    "menu": ["add", "change", "delete"],
    "topic": ["add", "change", "delete"],
    "sitesettings": ["change"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure they exist.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = [
        (f"{action}_{model}", model)
        for model, actions in PERMISSIONS.items()
        for action in actions
    ]
    permissions = [
        Permission.objects.get(content_type__app_label="home", codename=codename)
        for codename, _model in wanted
    ]
    admin_access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions, *admin_access)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="home",
        content_type__model__in=list(PERMISSIONS),
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_topic"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
