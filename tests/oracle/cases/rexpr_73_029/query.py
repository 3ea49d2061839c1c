from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.coalesce((col("m") / F.nullif(col("n"), lit(0))), lit(.001).cast("decimal(4,3)")).alias("c1"), expr("endswith(regexp_extract(nvl(s, ' '), '(.)(.)', 0), 'é') AS c2"), F.when((col("b") & col("b")), col("id")).when(col("s").endswith("é"), col("id")).when(col("dt").isNotNull(), col("id")).otherwise(F.pmod(col("id"), lit(2))).alias("c3")).filter("(c2 OR (id = -2L))")
OUTPUT_MODE = "append"
