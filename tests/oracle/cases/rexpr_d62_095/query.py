from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce(F.array_contains(F.split(F.get_json_object(F.to_json(F.named_struct(lit("a"), col("s"), lit("n"), F.to_date(lit("2024-02-29")))), "$.a"), ","), "o"), lit(False)))).select(F.abs(col("i")).alias("c1"), F.ifnull(F.pmod(col("id"), F.nullif(col("i"), lit(0))), lit(3).cast("bigint")).alias("c2"))
OUTPUT_MODE = "append"
