"""The ``ivo-flow`` group: global options, one-line errors, and the command registry."""

from __future__ import annotations

import os
from typing import Any

import click

from ivo_workflow.errors import IvoFlowError

INTERNAL_ERROR_EXIT = 70


class IvoGroup(click.Group):
    """Turns every ivo-flow error into one line on stderr and its own exit code.

    Commands are looked up by name in :mod:`ivo_flow.commands` and imported on first use.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        from ivo_flow import commands

        return sorted({*self.commands, *commands.MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = self.commands.get(cmd_name)
        if found is None:
            from ivo_flow import commands

            found = commands.load(cmd_name)
            if found is not None:
                self.commands[cmd_name] = found
        return found

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except IvoFlowError as error:
            click.echo(f"ivo-flow: {error.user_message}", err=True)
            ctx.exit(error.exit_code)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as error:  # a bug: still one line, unless asked for the traceback
            if os.environ.get("IVO_FLOW_DEBUG"):
                raise
            click.echo(
                f"ivo-flow: internal error: {type(error).__name__}: {error} "
                "(set IVO_FLOW_DEBUG=1 for the traceback and report it)",
                err=True,
            )
            ctx.exit(INTERNAL_ERROR_EXIT)


@click.group(cls=IvoGroup)
@click.option(
    "--db",
    "db_path",
    envvar="IVO_FLOW_DB",
    default="ivo-flow.db",
    show_default=True,
    help="SQLite database of cases (env IVO_FLOW_DB).",
)
@click.option(
    "--processes",
    "processes_dir",
    envvar="IVO_FLOW_PROCESSES",
    default=None,
    help="Folder of BPMN/DMN files (env IVO_FLOW_PROCESSES); default: the bundled processes.",
)
@click.version_option(package_name="ivo-flow")
@click.pass_context
def cli(ctx: click.Context, db_path: str, processes_dir: str | None) -> None:
    """ivo-flow: IVO supervision cases as BPMN, with Swedish legal time."""
    ctx.obj = {"db_path": db_path, "processes_dir": processes_dir}


def main() -> None:  # pragma: no cover - console entry point
    cli(prog_name="ivo-flow")


if __name__ == "__main__":  # pragma: no cover
    main()
