"""The federation: every member unit's plans in a Parquet archive, screened for 雷同 on Dask.

Dask is imported only by ``nlp.federation.cluster``; the archive and the screening run without it.
"""
