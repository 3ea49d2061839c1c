from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("t").agg(expr("round(avg(d), 0) AS a1"), expr("min(s) AS a2"), (F.max(lit(10)) - F.min(lit(10))).alias("a3"))
OUTPUT_MODE = "complete"
