from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(((m IS NOT NULL) AND (n > 1.25)) OR (id <> -2L))").groupBy(expr("j AS k1")).agg((F.max(col("n")) - F.min(col("n"))).alias("a1"), F.count_if((F.when(col("id").isNotNull(), col("ts")).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00"))) + expr("INTERVAL -3 DAYS")).isNull()).alias("a2"), F.sum(F.when(col("s").try_cast("boolean"), (col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).cast("decimal(5,1)")).otherwise(lit(0))).alias("a3"), (F.max(col("d")) - F.min(col("d"))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
