from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((~F.coalesce((~col("b")), lit(False)))).select("id", F.rpad(F.when(col("b").eqNullSafe(lit(False)), col("s")).when(col("b"), F.get_json_object(F.to_json(F.named_struct(lit("a"), F.format_string("%d%%", col("id")), lit("n"), col("d"))), "$.a")).otherwise(col("s")), 3, "ab").alias("c1"), F.try_to_timestamp(col("s")).alias("c2"), F.nullif((F.try_to_timestamp(col("s")) - expr("INTERVAL 1 DAY")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c3")).where((((col("c3") > F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) & col("c3").isNotNull()) | (col("c1") >= lit("a"))))
OUTPUT_MODE = "append"
