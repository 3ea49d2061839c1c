from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(18,6), k BIGINT, dt DATE, j INT, i INT, t STRING, ts TIMESTAMP, s STRING, d DOUBLE").json(INPUT)
result = df.where((col("id") < lit(-2).cast("bigint"))).select("id", "t", expr("CAST(ts AS DATE) AS c1"), F.char_length(F.replace(F.concat_ws(", ", col("s"), col("s")), lit("o"), lit("0"))).alias("c2")).where((col("t").eqNullSafe(lit("o")) | (col("t") > lit(" "))))
OUTPUT_MODE = "append"
