spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("((1.25 * n) * d) AS k1")).agg(F.sum(F.when((col("n") >= col("m")), col("i")).otherwise(lit(0))).alias("a1"), F.round(F.avg(col("m")), 2).alias("a2"))
OUTPUT_MODE = "update"
