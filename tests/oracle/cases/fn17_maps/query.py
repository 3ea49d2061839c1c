from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, t STRING, m MAP<STRING, INT>, m2 MAP<STRING, INT>, e ARRAY<STRUCT<k: STRING, v: INT>>").load(INPUT)
result = df.select("id", F.str_to_map("t"), F.expr("str_to_map(t, ';', '=')").alias("kv"), F.map_concat("m", "m2").alias("mc"),
    F.map_from_entries("e").alias("fe"))
OUTPUT_MODE = "append"
