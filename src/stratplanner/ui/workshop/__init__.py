"""Workshop mode in the desktop app: the facilitator console, the room server, the projector."""
