"""Alembic environment: always run by the app on a connection it hands over."""

from alembic import context

from stratplanner.model.entities import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
context.run_migrations()
