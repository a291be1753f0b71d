"""Data files shipped with StratPlanner (fonts, icons, the sample plan)."""
