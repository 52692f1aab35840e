"""Side panels of the facilitator window (details, theory list) and the projector's details page."""
