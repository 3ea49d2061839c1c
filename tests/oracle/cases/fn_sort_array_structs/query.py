df = spark.readStream.format("json").schema("m MAP<STRING, STRING>, aa ARRAY<ARRAY<INT>>, s ARRAY<STRUCT<a: INT, b: STRING>>").load(INPUT)

from pyspark.sql import functions as F
result = df.select(F.sort_array(F.map_entries("m")), F.sort_array(F.map_entries("m"), asc=False),
                   F.sort_array("aa"), F.sort_array("aa", asc=False), F.array_sort("aa").alias("as_aa"),
                   F.sort_array("s"), F.sort_array("s", asc=False), F.array_sort("s").alias("as_s"))
OUTPUT_MODE = "append"
