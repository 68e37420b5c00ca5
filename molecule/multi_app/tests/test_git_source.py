"""An app deployed from git runs the commit its `git.version` names."""


def test_stock_runs_the_commit_of_its_branch(host):
    """The stock app's release is a checkout of `main` of its repository."""
    branch = host.check_output("git --git-dir=/srv/git/stock.git rev-parse main")
    with host.sudo():
        deployed = host.check_output(
            "git -C /srv/django-apache/stock/current/src rev-parse HEAD"
        )
    assert deployed == branch
    assert len(branch) == 40


def test_the_checkout_is_read_only_for_the_app(host):
    """The checkout belongs to root; the app's group may read it, never write it."""
    settings = host.file("/srv/django-apache/stock/current/src/stock/settings.py")
    assert settings.user == "root"
    assert settings.group == "stock"
    assert not settings.mode & 0o022
