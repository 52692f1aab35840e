"""Side panels of the facilitator window: details of the selected element and the theory list."""
