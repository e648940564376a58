"""Events, privately: `wire` (validation and encoding), `pipeline` (delivery), `methods` (the clients' side).

The public names (`EventStats`, the delivery errors) are exported from `schematic_ext`.
"""
