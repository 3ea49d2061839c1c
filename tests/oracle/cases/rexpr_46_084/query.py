from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(k <= 0L)").groupBy(F.sha1(F.format_string("%e", col("f"))).alias("k1"), F.coalesce(col("i").isNotNull(), (col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), lit(False)).alias("k2")).agg(expr("max(dt) AS a1"), F.max(F.unix_timestamp(col("s"))).alias("a3"), expr("min(s) AS a2"))
OUTPUT_MODE = "complete"
