from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, t STRING, m DECIMAL(38,10), i INT, d DOUBLE, j INT, dt DATE, ts TIMESTAMP, s STRING, b BOOLEAN").json(INPUT)
result = df.where("coalesce((CASE WHEN b THEN i WHEN (j < 2) THEN j WHEN b THEN i END IN (10, -1, 0)), true)").withColumn("c1", expr("nullif(pmod(id, 2), 1L)")).withColumn("c2", expr("(id + id)")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
