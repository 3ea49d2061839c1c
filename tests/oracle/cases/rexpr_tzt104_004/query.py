spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(F.max(F.unix_timestamp(col("s"))).alias("a4"), F.sum(F.when((col("b") | col("b")), expr("CAST(extract(DAY FROM (dt - ts)) AS INT)")).otherwise(lit(0))).alias("a1"), expr("(max(0.1D) - min(0.1D)) AS a2"), expr("(max(d) - min(d)) AS a3")).orderBy("s")
OUTPUT_MODE = "complete"
ORDERED = True
