"""Throughput benchmark: a generated corpus through the whole pipeline and through bare spaCy/trafilatura.

    python -m bench --docs 10000        # see bench/run.py
"""
