df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("k", F.schema_of_json(F.lit('{"b": 1, "a": [1.5, null], "c": {"z": "x", "y": true}, "d": null, "e": [], "f": 12345678901234567890}')).alias("s1"),
                   F.schema_of_json(F.lit('[{"a": 1}, {"b": 2.0}]')).alias("s2"), F.schema_of_json(F.lit('1')).alias("s3"),
                   F.schema_of_json(F.lit('{"a": 1}')), F.schema_of_json(F.lit('{"a": "2024-01-01", "b": 1E5, "c": [1, "x"], "d": [1, 2.5]}')).alias("s4"))
OUTPUT_MODE = "append"
