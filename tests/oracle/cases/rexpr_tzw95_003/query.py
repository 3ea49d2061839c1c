spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((col("id") != lit(0).cast("bigint")) | col("m").isNull())).groupBy(expr("datediff(add_months(to_date('2025-03-01'), i), (DATE'2000-01-01' - INTERVAL -10 DAYS)) AS k1")).agg(expr("(max(n) - min(n)) AS a1"), (F.max(F.locate(" ", col("t"), 2)) - F.min(F.locate(" ", col("t"), 2))).alias("a2"), (F.max(lit(-3.10).cast("decimal(3,2)")) - F.min(lit(-3.10).cast("decimal(3,2)"))).alias("a3"), F.min((col("n") / F.nullif(col("m"), lit(0))).cast("string")).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
