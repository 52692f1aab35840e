"""The schema canvas: pure layout, graphics items, scene, view, editing and export."""
