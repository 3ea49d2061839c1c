spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("bround(log10(d), -1) AS k1"), F.exp(col("d")).alias("k2")).agg((F.max((F.coalesce(col("m"), lit(.001).cast("decimal(4,3)")) / F.nullif((F.round(col("n"), 2) * col("n")), lit(0)))) - F.min((F.coalesce(col("m"), lit(.001).cast("decimal(4,3)")) / F.nullif((F.round(col("n"), 2) * col("n")), lit(0))))).alias("a1"), expr("datediff(max(date_sub(dt, i)), min(date_sub(dt, i))) AS a2"), expr("(max((m / nullif(1.25, 0))) - min((m / nullif(1.25, 0)))) AS a3")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
