from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((m IS NOT NULL), true)").groupBy("s").agg(expr("avg(i) AS a1"), expr("datediff(max(dt), min(dt)) AS a2")).orderBy("s")
OUTPUT_MODE = "complete"
ORDERED = True
