spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("id") == lit(1).cast("bigint"))).groupBy("dt", "s").agg(F.sum(F.when((col("n") < lit(12.345).cast("decimal(5,3)")), F.weekofyear(col("dt"))).otherwise(lit(0))).alias("a1"), expr("round(avg(CASE WHEN false THEN d WHEN b THEN d WHEN b THEN d ELSE f END), 3) AS a2"), (F.max(F.dayofyear(col("dt"))) - F.min(F.dayofyear(col("dt")))).alias("a3")).orderBy("dt", "s")
OUTPUT_MODE = "complete"
ORDERED = True
