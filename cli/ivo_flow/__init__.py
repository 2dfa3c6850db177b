"""The ``ivo-flow`` command line: a thin shell over :mod:`ivo_workflow`."""
