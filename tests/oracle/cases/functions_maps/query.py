df = spark.readStream.format("json").schema("m MAP<STRING, INT>, k STRING, n INT").load(INPUT)

from pyspark.sql import functions as F
result = df.select("m", F.map_keys("m"), F.map_values("m"), F.map_entries("m"), F.map_contains_key("m", "a"),
                   F.map_contains_key("m", F.col("k")), F.try_element_at("m", F.lit("zz")), F.try_element_at("m", F.col("k")),
                   F.col("m")["b"], F.expr("m[k]").alias("mk"), F.create_map(F.lit("x"), "n", F.lit("y"), F.lit(0)),
                   F.map_from_arrays(F.array(F.lit("p"), F.lit("q")), F.array("n", F.lit(2))), F.size("m"))
OUTPUT_MODE = "append"
