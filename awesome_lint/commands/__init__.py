"""The commands of ``awesome-lint``, one module each: ``run(request, streams) -> int``."""
