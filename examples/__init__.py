"""Case scripts for ``ivo-flow run`` (TOML), shipped as package data of ``ivo_flow.examples``."""
