"""StratPlanner: joint IT–business strategy planning."""

__version__ = "0.1.0"
APP_NAME = "StratPlanner"
