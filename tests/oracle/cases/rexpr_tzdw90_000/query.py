spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((b AND (m > 1.25)) OR (id IS NOT NULL))").select("id", "ts", expr("ceil(CASE WHEN abs(round(bround(0.1D, 0), 3)) < 1e9D THEN round(bround(0.1D, 0), 3) END)").alias("c1"), col("s").try_cast("boolean").alias("c2"), expr("(- (id * 0.001D))").alias("c3"), expr("(s ILIKE 'a%') AS c4"), F.when((~col("b")), col("ts")).otherwise(col("ts")).alias("c5"))
OUTPUT_MODE = "append"
